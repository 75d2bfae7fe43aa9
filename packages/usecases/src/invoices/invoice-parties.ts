import { z } from "zod";
import type { BuyerSnapshot } from "@reskontra/db";
import type { InvoiceDocumentBuyer, InvoiceDocumentSeller } from "@reskontra/documents";
import { DispatchRefusedError } from "./dispatch-errors";

/** The billing columns of an organizations row that a document needs. */
export interface OrganizationBilling {
  name: string;
  businessId: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  countryCode: string;
  email: string | null;
  phone: string | null;
  iban: string | null;
  bic: string | null;
  einvoiceAddress: string | null;
  einvoiceOperator: string | null;
}

const buyerSnapshotSchema = z.object({
  name: z.string().min(1),
  isPerson: z.boolean(),
  businessId: z.string().nullable(),
  customerNumber: z.string(),
  countryCode: z.string().length(2),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  email: z.string().nullable(),
  einvoiceAddress: z.string().nullable(),
  einvoiceOperator: z.string().nullable(),
}) satisfies z.ZodType<BuyerSnapshot>;

/** The jsonb column is untyped: check it, so a malformed snapshot fails with a message, not a blank PDF. */
export function parseBuyerSnapshot(value: unknown, invoiceId: string): BuyerSnapshot {
  const parsed = buyerSnapshotSchema.safeParse(value);
  if (!parsed.success)
    throw new DispatchRefusedError(
      `invoice ${invoiceId} has no valid buyer snapshot: ${parsed.error.message}`,
      "buyer_details_invalid",
    );
  return parsed.data;
}

const present = (value: string | null | undefined): value is string => typeof value === "string" && value.trim() !== "";
const orUndefined = (value: string | null): string | undefined => (present(value) ? value : undefined);

/**
 * The buyer as printed. The snapshot type has no identity-code field, and only the listed
 * fields are copied, so nothing else a snapshot might carry can reach a document.
 */
export function toDocumentBuyer(b: BuyerSnapshot): InvoiceDocumentBuyer {
  return {
    name: b.name,
    isPerson: b.isPerson,
    // A person's "business id" would be meaningless on the invoice, and the only other id a person has may not be printed.
    businessId: b.isPerson ? undefined : orUndefined(b.businessId),
    customerNumber: orUndefined(b.customerNumber),
    address: { street: b.street, postalCode: b.postalCode, city: b.city, countryCode: b.countryCode.toUpperCase() },
    email: orUndefined(b.email),
    einvoiceAddress: orUndefined(b.einvoiceAddress),
    operatorId: orUndefined(b.einvoiceOperator),
  };
}

/**
 * The seller is the invoice's organization. Where it has no billing details of its own, the
 * operator's stand in (the invoicing service collects on its behalf). Fields that belong
 * together fall back together: an address is never half one organization's and half the
 * other's, and an IBAN always travels with its own BIC.
 */
export function resolveSeller(own: OrganizationBilling, operator: OrganizationBilling | null): InvoiceDocumentSeller {
  const hasAddress = (o: OrganizationBilling) => present(o.street) && present(o.postalCode) && present(o.city);
  const hasAccount = (o: OrganizationBilling) => present(o.iban) && present(o.bic);
  const hasEinvoice = (o: OrganizationBilling) => present(o.einvoiceAddress) && present(o.einvoiceOperator);
  const pick = (test: (o: OrganizationBilling) => boolean): OrganizationBilling | null =>
    test(own) ? own : operator && test(operator) ? operator : null;

  const addressFrom = pick(hasAddress);
  const accountFrom = pick(hasAccount);
  if (!addressFrom)
    throw new DispatchRefusedError(
      `seller "${own.name}" has no billing address, and neither has the operator`,
      "seller_address_missing",
    );
  if (!accountFrom?.iban || !accountFrom.bic) {
    throw new DispatchRefusedError(
      `seller "${own.name}" has no IBAN and BIC, and neither has the operator`,
      "seller_bank_account_missing",
    );
  }
  const einvoiceFrom = pick(hasEinvoice);
  return {
    name: own.name,
    // Every invoice shows a business ID: where the organization has none, the operator that invoices on its behalf.
    businessId: orUndefined(own.businessId) ?? orUndefined(operator?.businessId ?? null),
    address: {
      street: addressFrom.street ?? "",
      postalCode: addressFrom.postalCode ?? "",
      city: addressFrom.city ?? "",
      countryCode: addressFrom.countryCode.toUpperCase(),
    },
    email: orUndefined(own.email) ?? orUndefined(operator?.email ?? null),
    phone: orUndefined(own.phone) ?? undefined,
    iban: accountFrom.iban,
    bic: accountFrom.bic,
    einvoiceAddress: orUndefined(einvoiceFrom?.einvoiceAddress ?? null),
    operatorId: orUndefined(einvoiceFrom?.einvoiceOperator ?? null),
  };
}
