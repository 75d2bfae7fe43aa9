import type { Harness } from "../testing/harness";

export const VILLE = "ville.virtanen@demo.reskontra.fi";
export const AINO = "aino.aalto@demo.reskontra.fi";
export const AGENT = "agentti@demo.reskontra.fi";

export function draftFor(
  customerId: string,
  overrides: Partial<{ deliveryMethod: "post" | "email" | "einvoice"; issueDate: string }> = {},
) {
  return {
    customerId,
    issueDate: overrides.issueDate ?? "2026-11-23",
    paymentTermsDays: 14,
    deliveryMethod: overrides.deliveryMethod ?? ("email" as const),
    rows: [
      { description: "Siivous", quantity: 2.5, unit: "h", unitPriceCents: 4000, vatRatePercent: 25.5 },
      { description: "Kotitalousvähennyskelpoinen työ", quantity: 1, unitPriceCents: 10000, vatRatePercent: 14 },
    ],
  };
}

/** Ville's first demo customer (a person with an e-mail address). */
export async function villeCustomer(h: Harness) {
  const ville = await h.as(VILLE);
  const organizationId = h.demo.organizationIds.virtanen;
  const customers = await ville.customers.list({ organizationId });
  const maija = customers.find((c) => c.customerNumber === "1");
  if (!maija) throw new Error("demo customer missing");
  return { ville, organizationId, customers, maija };
}
