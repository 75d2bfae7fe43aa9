import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import {
  customers,
  invoiceRows,
  invoices,
  organizations,
  reminderRules,
  reminderSettings,
  users,
  type BuyerSnapshot,
  type Db,
  type DeliveryMethod,
} from "@reskontra/db";
import { createReference, invoiceNumber } from "@reskontra/domain";
import { DEFAULT_BUYER, ensureOperator } from "../../invoices/test-support/invoice-fixtures";

/**
 * Test-only: a company with reminders active, one rule, one customer in it and `count` sent
 * invoices (issued 2026-11-09, due 2026-11-23, 100,00 € + 25,5 % VAT each), inserted directly.
 */
export interface CompanyOptions {
  kind: "consumer" | "business";
  channel?: DeliveryMethod;
  feeCents?: number;
  daysAfterDue?: number;
  intervalDays?: number;
  maxCount?: number;
  claimCompensation?: boolean;
  count?: number;
  buyer?: Partial<BuyerSnapshot>;
}

let counter = 0;

export async function insertRemindableCompany(db: Db, opts: CompanyOptions) {
  await ensureOperator(db);
  counter += 1;
  const u = `${counter}${randomBytes(3).toString("hex")}`;
  const [org] = await db
    .insert(organizations)
    .values({ kind: "billing_company", name: `Siivous ${u} Oy`, businessId: "2345678-0" })
    .returning({ id: organizations.id });
  const userNumber = String(300000 + counter);
  const [user] = await db
    .insert(users)
    .values({ email: `owner-${u}@example.fi`, name: "Olli Omistaja", passwordHash: "x", userNumber })
    .returning({ id: users.id });
  if (!org || !user) throw new Error("fixture not inserted");
  await db.insert(reminderSettings).values({
    organizationId: org.id,
    activatedAt: new Date("2026-11-01T08:00:00Z"),
    activatedBy: user.id,
    confirmedTransactionFeeCents: 25,
  });
  const consumer = opts.kind === "consumer";
  const [rule] = await db
    .insert(reminderRules)
    .values({
      organizationId: org.id,
      name: consumer ? "Kuluttajat" : "Yritykset",
      customerKind: opts.kind,
      feeCents: opts.feeCents ?? (consumer ? 500 : 1200),
      daysAfterDue: opts.daysAfterDue ?? (consumer ? 14 : 7),
      minimumAmountCents: 1000,
      channel: opts.channel ?? "email",
      maxCount: opts.maxCount ?? 2,
      intervalDays: opts.intervalDays ?? (consumer ? 14 : 10),
      claimCompensation: opts.claimCompensation ?? false,
      defaultFor: opts.kind,
    })
    .returning();
  if (!rule) throw new Error("rule not inserted");
  const buyer: BuyerSnapshot = {
    ...DEFAULT_BUYER,
    ...(consumer ? { name: "Maija Meikäläinen", isPerson: true, businessId: null } : {}),
    email: `buyer-${u}@example.fi`,
    ...opts.buyer,
  };
  const [customer] = await db
    .insert(customers)
    .values({ organizationId: org.id, ownerUserId: user.id, ...buyer, reminderRuleId: rule.id })
    .returning({ id: customers.id });
  if (!customer) throw new Error("customer not inserted");
  const invoiceIds: string[] = [];
  for (let seq = 1; seq <= (opts.count ?? 1); seq++) {
    const number = invoiceNumber(userNumber, seq);
    const [invoice] = await db
      .insert(invoices)
      .values({
        organizationId: org.id,
        userId: user.id,
        customerId: customer.id,
        status: "sent",
        sequence: seq,
        invoiceNumber: number,
        reference: createReference(number),
        issueDate: "2026-11-09",
        dueDate: "2026-11-23",
        paymentTermsDays: 14,
        deliveryMethod: "email",
        netCents: 10000,
        vatCents: 2550,
        grossCents: 12550,
        buyerSnapshot: buyer,
        sentAt: new Date("2026-11-09T09:00:00Z"),
      })
      .returning({ id: invoices.id });
    if (!invoice) throw new Error("invoice not inserted");
    await db.insert(invoiceRows).values({
      invoiceId: invoice.id,
      position: 1,
      description: "Siivous",
      quantityMilli: 1000,
      unitPriceCents: 10000,
      vatRateBp: 2550,
      netCents: 10000,
      vatCents: 2550,
      grossCents: 12550,
    });
    invoiceIds.push(invoice.id);
  }
  return { organizationId: org.id, ruleId: rule.id, customerId: customer.id, buyerEmail: buyer.email ?? "", invoiceIds };
}

export async function invoiceStatus(db: Db, invoiceId: string) {
  const [row] = await db.select({ status: invoices.status }).from(invoices).where(eq(invoices.id, invoiceId));
  return row?.status;
}
