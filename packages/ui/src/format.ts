export type Locale = "fi" | "en";

// Finnish style uses a no-break space between thousands and before the euro sign, so amounts never wrap.
const NBSP = "\u00a0";

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Integer cents → "1 234,56 €" (fi) or "€1,234.56" (en); never through floating point. */
export function formatMoney(cents: number, locale: Locale = "fi"): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`money must be integer cents, got ${cents}`);
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const euros = String(Math.trunc(abs / 100));
  const rest = String(abs % 100).padStart(2, "0");
  const sign = negative ? "−" : "";
  if (locale === "en") return `${sign}€${groupThousands(euros, ",")}.${rest}`;
  return `${sign}${groupThousands(euros, NBSP)},${rest}${NBSP}€`;
}

/** "YYYY-MM-DD" → "22.11.2026" (fi) or "22 Nov 2026" (en). Business dates are plain dates: no time zone. */
export function formatDate(isoDate: string, locale: Locale = "fi"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`not a plain date: ${isoDate}`);
  const [, y, m, d] = match;
  if (locale === "en") {
    const month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(m) - 1];
    return `${Number(d)} ${month} ${y}`;
  }
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** An instant shown on the business clock, Europe/Helsinki: "22.11.2026 klo 14.05". */
export function formatDateTime(instant: Date | string, locale: Locale = "fi"): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Helsinki",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const isoDate = `${get("year")}-${get("month").padStart(2, "0")}-${get("day").padStart(2, "0")}`;
  return locale === "fi"
    ? `${formatDate(isoDate, "fi")} klo ${get("hour")}.${get("minute")}`
    : `${formatDate(isoDate, "en")} ${get("hour")}:${get("minute")}`;
}

/** "1234,56" / "1 234.56" / "12" → cents; null when it is not an amount. Accepts both decimal marks. */
export function parseMoney(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0€]/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const negative = cleaned.startsWith("-");
  const [whole = "0", fraction = ""] = cleaned.replace("-", "").split(".");
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return negative ? -cents : cents;
}
