// Anything shaped like a personal identity code (DDMMYY, century sign, three digits, check
// character), in either case, also with spaces around the sign. Shape, not validity: a mistyped code
// is still a person's code, and masking a look-alike costs nothing.
export const HETU_IN_TEXT = /(?<![0-9A-Za-z])\d{6}\s?[-+A-FU-Ya-fu-y]\s?\d{3}[0-9A-Ya-y](?![0-9A-Za-z])/g;

export const MASKED_IDENTITY_CODE = "******-****";

/** The text with every identity code replaced by `******-****` (tickets, mails, notes). */
export function maskIdentityCodes(text: string): string {
  return text.replace(HETU_IN_TEXT, MASKED_IDENTITY_CODE);
}

export function containsIdentityCode(text: string): boolean {
  return maskIdentityCodes(text) !== text;
}
