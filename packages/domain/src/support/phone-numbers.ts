// Phone numbers as the support desk stores and compares them: E.164 without spaces ("+358401234567"),
// the form users.phone, organizations.phone and support_lines.phone_number keep.

/**
 * A number as people and PBXs write it ("040 123 4567", "+358 (0)40-123 4567", "00358401234567")
 * in E.164, Finnish national numbers taken as +358; null when it is no phone number ("anonymous").
 */
export function normalizePhoneNumber(raw: string): string | null {
  let s = raw.trim().replace(/[\s\-().]/g, "");
  // "+358(0)40…" writes the national trunk zero in brackets; the brackets are gone, the zero must go too.
  s = s.replace(/^\+3580/, "+358");
  if (s.startsWith("00")) s = `+${s.slice(2)}`;
  else if (s.startsWith("0")) s = `+358${s.slice(1)}`;
  return /^\+[1-9]\d{6,14}$/.test(s) ? s : null;
}

/** "+358401234567" → "+358 40 123 4567" for reading aloud; other countries' numbers stay as they are. */
export function formatPhoneNumber(e164: string): string {
  const m = /^\+358(\d{1,2})(\d{3})(\d+)$/.exec(e164);
  if (!m) return e164;
  const [, area = "", a = "", rest = ""] = m;
  // Helsinki landlines are +358 9 …; mobile numbers have a two-digit prefix (40, 50, 44…).
  return area.startsWith("9")
    ? `+358 9 ${`${area.slice(1)}${a}${rest}`.replace(/^(\d{4})/, "$1 ")}`
    : `+358 ${area} ${a} ${rest}`;
}
