/** Opens a server-rendered PDF (base64) in a new tab; Chromium blocks top-level data: URLs, so a blob URL it is. */
export function openPdf(base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: "application/pdf" }));
  window.open(url, "_blank", "noopener");
  // The tab has loaded it by then; the URL would otherwise hold the file until the page closes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
