/**
 * Euros for a refusal's text, Finnish style as everywhere in the UI: "5 000,00" with a no-break
 * space between thousands. The domain's formatEurosFi leaves the groups out (it feeds reference
 * fields), which makes large amounts in a message hard to read next to the screen's "5 000,00 €".
 */
export function eurosForMessage(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  return `${sign}${euros},${String(abs % 100).padStart(2, "0")}`;
}
