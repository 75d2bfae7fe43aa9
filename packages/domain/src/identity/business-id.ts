const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** The check digit of a business ID's seven digits, or null when no digit fits (remainder 1: never issued). */
export function businessIdCheckDigit(digits: string): number | null {
  if (!/^\d{7}$/.test(digits)) return null;
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (WEIGHTS[i] ?? 0), 0);
  const rest = sum % 11;
  if (rest === 1) return null;
  return rest === 0 ? 0 : 11 - rest;
}

/** Finnish business ID (Y-tunnus): 7 digits, hyphen, check digit (mod 11 with weights 7,9,10,5,8,4,2). */
export function isValidBusinessId(value: string): boolean {
  const m = /^(\d{7})-(\d)$/.exec(value);
  if (!m?.[1] || !m[2]) return false;
  return businessIdCheckDigit(m[1]) === Number(m[2]);
}
