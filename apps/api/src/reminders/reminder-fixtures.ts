import { eq } from "drizzle-orm";
import { invoices } from "@reskontra/db";
import type { Harness } from "../testing/harness";

export const ADMIN = "paakayttaja@demo.reskontra.fi";
export const VILLE = "ville.virtanen@demo.reskontra.fi";

/** Test-only: the company admin and its user, signed in. */
export async function actors(h: Harness) {
  const organizationId = h.demo.organizationIds.virtanen;
  const admin = await h.as(ADMIN);
  const ville = await h.as(VILLE);
  return { organizationId, admin, ville };
}

let counter = 0;

/** A person or business customer of Ville's, created through the api (so placed like any new customer). */
export async function newCustomer(
  h: Harness,
  opts: { isPerson: boolean; countryCode?: string; reminderRuleId?: string | null; email?: string },
) {
  const { ville, organizationId } = await actors(h);
  counter += 1;
  return ville.customers.create({
    organizationId,
    customerNumber: `R-${counter}-${Math.random().toString(36).slice(2, 7)}`,
    name: opts.isPerson ? `Henkilö ${counter}` : `Yritys ${counter} Oy`,
    isPerson: opts.isPerson,
    businessId: opts.isPerson || (opts.countryCode ?? "FI") !== "FI" ? null : "1572860-0",
    countryCode: opts.countryCode ?? "FI",
    street: "Katu 1",
    postalCode: "00100",
    city: "Helsinki",
    email: opts.email ?? `asiakas${counter}@example.fi`,
    ...(opts.reminderRuleId !== undefined ? { reminderRuleId: opts.reminderRuleId } : {}),
  });
}

/**
 * An invoice issued on `issueDate`, submitted through the api and then marked sent on its issue
 * date, as the dispatch would leave it (the worker does not run in these tests).
 */
export async function sentInvoice(
  h: Harness,
  customerId: string,
  issueDate: string,
  opts: { priceCents?: number; terms?: number } = {},
) {
  const { ville, organizationId } = await actors(h);
  const draft = await ville.invoices.create({
    organizationId,
    customerId,
    issueDate,
    paymentTermsDays: opts.terms ?? 14,
    deliveryMethod: "email",
    rows: [{ description: "Siivous", quantity: 1, unitPriceCents: opts.priceCents ?? 10000, vatRatePercent: 25.5 }],
  });
  const submitted = await ville.invoices.submit({ invoiceId: draft.id });
  await h.database.db
    .update(invoices)
    .set({ status: "sent", sentAt: new Date(`${issueDate}T10:00:00Z`) })
    .where(eq(invoices.id, draft.id));
  return submitted;
}

/** Moves the harness clock to 10:00 Helsinki (08:00 UTC in winter) of `date`. */
export function setToday(h: Harness, date: string) {
  h.now.value = new Date(`${date}T08:00:00Z`);
}
