/** "FI2112345600000785" → "FI21 1234 5600 0007 85": groups of four, whatever spacing came in. */
export function groupIban(iban: string): string {
  return iban.replace(/\s+/g, "").replace(/(.{4})(?=.)/g, "$1 ");
}

/**
 * Printed form of a reference: a national reference in groups of five from the right
 * ("1001 02578"), an RF reference in groups of four from the left ("RF83 1001 0257 8").
 */
export function groupReference(reference: string): string {
  const compact = reference.replace(/\s+/g, "").toUpperCase();
  if (compact.startsWith("RF")) return groupIban(compact);
  return compact.replace(/\B(?=(\d{5})+(?!\d))/g, " ");
}
