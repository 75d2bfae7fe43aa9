/** ISO 7064 MOD 97-10 remainder of a string of digits and letters (A=10 … Z=35). */
export function mod97(value: string): number {
  let remainder = 0;
  for (const ch of value.toUpperCase()) {
    const code = ch.charCodeAt(0);
    const digits = code >= 65 && code <= 90 ? String(code - 55) : ch;
    for (const d of digits) remainder = (remainder * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return remainder;
}
