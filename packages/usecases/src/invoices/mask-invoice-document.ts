import { maskIdentityCodes } from "@reskontra/domain";
import type { InvoiceDocument, PartyAddress } from "@reskontra/documents";

const maskAddress = (a: PartyAddress): PartyAddress => ({
  ...a,
  street: maskIdentityCodes(a.street),
  postalCode: maskIdentityCodes(a.postalCode),
  city: maskIdentityCodes(a.city),
});
const maskOptional = (text: string | undefined) => (text === undefined ? undefined : maskIdentityCodes(text));

/**
 * The document with every free text a person typed (names, addresses, customer number, rows,
 * notes) passed through the identity-code mask: the second line of defence behind the input
 * check, for what was saved before it or slipped past it mistyped. Every PDF and Finvoice of an
 * invoice, credit note or reminder is rendered from a document that went through here.
 */
export function maskInvoiceDocument(doc: InvoiceDocument): InvoiceDocument {
  return {
    ...doc,
    seller: { ...doc.seller, name: maskIdentityCodes(doc.seller.name), address: maskAddress(doc.seller.address) },
    buyer: {
      ...doc.buyer,
      name: maskIdentityCodes(doc.buyer.name),
      customerNumber: maskOptional(doc.buyer.customerNumber),
      address: maskAddress(doc.buyer.address),
      email: maskOptional(doc.buyer.email),
      einvoiceAddress: maskOptional(doc.buyer.einvoiceAddress),
    },
    rows: doc.rows.map((row) => ({ ...row, description: maskIdentityCodes(row.description), unit: maskOptional(row.unit) })),
    notes: maskOptional(doc.notes),
  };
}
