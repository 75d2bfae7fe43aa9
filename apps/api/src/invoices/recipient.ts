/** Where the dispatch will deliver: the buyer as snapshotted at submission (what the worker reads), or null before that. */
export interface Recipient {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  countryCode: string;
  email: string | null;
  einvoiceAddress: string | null;
  einvoiceOperator: string | null;
}

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value : null);

/** The jsonb snapshot is untyped: only its delivery fields, and only when they are strings. */
export function recipientOf(snapshot: unknown): Recipient | null {
  if (typeof snapshot !== "object" || snapshot === null) return null;
  const s = snapshot as Record<string, unknown>;
  const name = text(s.name);
  if (!name) return null;
  return {
    name,
    street: text(s.street) ?? "",
    postalCode: text(s.postalCode) ?? "",
    city: text(s.city) ?? "",
    countryCode: text(s.countryCode) ?? "FI",
    email: text(s.email),
    einvoiceAddress: text(s.einvoiceAddress),
    einvoiceOperator: text(s.einvoiceOperator),
  };
}
