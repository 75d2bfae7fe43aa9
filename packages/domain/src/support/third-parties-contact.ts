// A third party's direct contact, as the directory keeps it and the requester is shown it.

/**
 * A phone number a person can dial: an optional "+", then 6–15 digits, grouped by spaces, hyphens
 * or parentheses as people write them ("+358 20 743 5100", "09-123 4567").
 */
export function isValidContactPhone(phone: string): boolean {
  const trimmed = phone.trim();
  if (!/^\+?[\d\s()-]+$/.test(trimmed)) return false;
  const digits = trimmed.replace(/\D/g, "");
  return digits.length >= 6 && digits.length <= 15;
}

/** The number for a tel: link: the "+" and digits only. */
export function dialablePhone(phone: string): string {
  const trimmed = phone.trim();
  return (trimmed.startsWith("+") ? "+" : "") + trimmed.replace(/\D/g, "");
}

/** One mailbox, local@domain.tld, without spaces or a display name. */
export function isValidContactEmail(email: string): boolean {
  return /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[a-z]{2,}$/i.test(email.trim()) && email.trim().length <= 254;
}

/** A web address the requester can open: http(s) with a host. */
export function isValidWebsite(url: string): boolean {
  try {
    const parsed = new URL(url.trim());
    return (parsed.protocol === "https:" || parsed.protocol === "http:") && parsed.hostname.includes(".");
  } catch {
    return false;
  }
}
