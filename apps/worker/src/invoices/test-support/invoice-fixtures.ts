import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import {
  customers,
  dispatches,
  invoiceRows,
  invoices,
  organizations,
  users,
  type BuyerSnapshot,
  type Db,
  type DeliveryMethod,
  type InvoiceStatus,
} from "@reskontra/db";
import {
  calculateInvoiceTotals,
  createReference,
  invoiceNumber as makeInvoiceNumber,
  type InvoiceRowInput,
} from "@reskontra/domain";

/**
 * Test-only: rows as the api leaves them after a submit and an agent's send, inserted directly.
 * Every call makes its own organization, users and customer, so tests in one file never collide.
 */

let counter = 0;
const unique = () => `${++counter}${randomBytes(3).toString("hex")}`;

export const OPERATOR_BILLING = {
  name: "Reskontra Oy",
  businessId: "1234567-8",
  street: "Kauppakatu 1",
  postalCode: "40100",
  city: "Jyväskylä",
  email: "laskutus@reskontra.example",
  iban: "FI2112345600000785",
  bic: "NDEAFIHH",
  einvoiceAddress: "003712345678",
  einvoiceOperator: "003723327487",
};

/** The operator organization, created once per database. */
export async function ensureOperator(db: Db): Promise<string> {
  const [existing] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.kind, "operator"));
  if (existing) return existing.id;
  const [row] = await db
    .insert(organizations)
    .values({ kind: "operator", ...OPERATOR_BILLING })
    .returning({ id: organizations.id });
  if (!row) throw new Error("operator not inserted");
  return row.id;
}

export const DEFAULT_BUYER: BuyerSnapshot = {
  name: "Kahvila Myllynkivi Oy",
  isPerson: false,
  businessId: "0112038-9",
  customerNumber: "1057",
  countryCode: "FI",
  street: "Pyynikintie 5",
  postalCode: "33230",
  city: "Tampere",
  email: "ostot@myllynkivi.example",
  einvoiceAddress: "003701120389",
  einvoiceOperator: "NDEAFIHH",
};

export interface InvoiceFixtureOptions {
  deliveryMethod?: DeliveryMethod;
  buyer?: Partial<BuyerSnapshot>;
  locale?: "fi" | "en";
  status?: InvoiceStatus;
  deadlineAt?: Date;
  /** Billing details of the user's own organization; by default it has none and the operator's apply. */
  organization?: Partial<typeof organizations.$inferInsert>;
  /** Other rows than the default two, booked as the api books them (row amounts, VAT per rate). */
  rows?: Array<InvoiceRowInput & { description: string }>;
}

/** Rows and totals as the api's draft computes them. */
function bookedRows(rows: Array<InvoiceRowInput & { description: string }>) {
  const computed = calculateInvoiceTotals(rows);
  return {
    totals: computed.totals,
    rows: rows.map((row, i) => ({
      position: i + 1,
      description: row.description,
      quantityMilli: Math.round(row.quantity * 1000),
      unit: null,
      unitPriceCents: row.unitPriceCents,
      vatRateBp: Math.round(row.vatRatePercent * 100),
      netCents: computed.rows[i]?.netCents ?? 0,
      vatCents: computed.rows[i]?.vatCents ?? 0,
      grossCents: computed.rows[i]?.grossCents ?? 0,
    })),
  };
}

export interface InvoiceFixture {
  organizationId: string;
  userId: string;
  userEmail: string;
  agentId: string;
  invoiceId: string;
  invoiceNumber: string;
  reference: string;
}

/** A submitted invoice of user <userNumber>: two rows at 25,5 % and 14 %, 1 234,28 € in all. */
export async function insertSubmittedInvoice(db: Db, opts: InvoiceFixtureOptions = {}): Promise<InvoiceFixture> {
  await ensureOperator(db);
  const u = unique();
  const [org] = await db
    .insert(organizations)
    .values({ kind: "billing_company", name: "Tilitoimisto Äijälä Oy", businessId: "2345678-0", ...opts.organization })
    .returning({ id: organizations.id });
  if (!org) throw new Error("organization not inserted");
  const userNumber = String(200000 + counter);
  const userEmail = `user-${u}@example.fi`;
  const [user] = await db
    .insert(users)
    .values({ email: userEmail, name: "Aino Äijälä", passwordHash: "x", locale: opts.locale ?? "fi", userNumber })
    .returning({ id: users.id });
  const [agent] = await db
    .insert(users)
    .values({ email: `agent-${u}@example.fi`, name: "Agentti", passwordHash: "x" })
    .returning({ id: users.id });
  if (!user || !agent) throw new Error("users not inserted");
  const buyer = { ...DEFAULT_BUYER, ...opts.buyer };
  const [customer] = await db
    .insert(customers)
    .values({ organizationId: org.id, ownerUserId: user.id, ...buyer })
    .returning({ id: customers.id });
  if (!customer) throw new Error("customer not inserted");
  const custom = opts.rows ? bookedRows(opts.rows) : null;
  const number = makeInvoiceNumber(userNumber, 57);
  const reference = createReference(number);
  const [invoice] = await db
    .insert(invoices)
    .values({
      organizationId: org.id,
      userId: user.id,
      customerId: customer.id,
      status: opts.status ?? "submitted",
      sequence: 57,
      invoiceNumber: number,
      reference,
      issueDate: "2026-11-09",
      dueDate: "2026-11-23",
      deliveryDate: "2026-10-31",
      paymentTermsDays: 14,
      deliveryMethod: opts.deliveryMethod ?? "email",
      notes: "Kiitos asiakkuudesta!",
      ...(custom?.totals ?? { netCents: 100200, vatCents: 23228, grossCents: 123428 }),
      buyerSnapshot: buyer,
      submittedAt: new Date("2026-11-09T08:00:00Z"),
      deadlineAt: opts.deadlineAt ?? new Date("2026-11-09T13:00:00Z"),
    })
    .returning({ id: invoices.id });
  if (!invoice) throw new Error("invoice not inserted");
  if (custom) await db.insert(invoiceRows).values(custom.rows.map((row) => ({ ...row, invoiceId: invoice.id })));
  else
    await db.insert(invoiceRows).values([
      {
        invoiceId: invoice.id,
        position: 1,
        description: "Kirjanpito ja ALV-ilmoitus, lokakuu 2026",
        quantityMilli: 10_000,
        unit: "h",
        unitPriceCents: 8000,
        vatRateBp: 2550,
        netCents: 80000,
        vatCents: 20400,
        grossCents: 100400,
      },
      {
        invoiceId: invoice.id,
        position: 2,
        description: "Yrittäjän verokäsikirja 2026",
        quantityMilli: 2000,
        unit: "kpl",
        unitPriceCents: 10100,
        vatRateBp: 1400,
        netCents: 20200,
        vatCents: 2828,
        grossCents: 23028,
      },
    ]);
  return {
    organizationId: org.id,
    userId: user.id,
    userEmail,
    agentId: agent.id,
    invoiceId: invoice.id,
    invoiceNumber: number,
    reference,
  };
}

/** What an agent's "send" writes: a queued dispatch by the invoice's delivery method. */
export async function insertQueuedDispatch(
  db: Db,
  fixture: InvoiceFixture,
  opts: { channel: DeliveryMethod; createdAt: Date },
): Promise<string> {
  const [row] = await db
    .insert(dispatches)
    .values({
      invoiceId: fixture.invoiceId,
      documentKind: "invoice",
      channel: opts.channel,
      idempotencyKey: `invoice:${fixture.invoiceId}:send`,
      status: "queued",
      requestedBy: fixture.agentId,
      createdAt: opts.createdAt,
    })
    .returning({ id: dispatches.id });
  if (!row) throw new Error("dispatch not inserted");
  return row.id;
}

/** A submitted credit note of 120,79 € (one row at 0 % VAT) crediting the fixture's invoice, by the same user to the same customer. */
export async function insertSubmittedCreditNote(
  db: Db,
  original: InvoiceFixture,
): Promise<{ invoiceId: string; invoiceNumber: string }> {
  const [source] = await db.select().from(invoices).where(eq(invoices.id, original.invoiceId));
  const [owner] = await db.select({ userNumber: users.userNumber }).from(users).where(eq(users.id, original.userId));
  if (!source || !owner?.userNumber) throw new Error("original invoice not found");
  await db.update(invoices).set({ status: "credited" }).where(eq(invoices.id, original.invoiceId));
  const number = makeInvoiceNumber(owner.userNumber, 58);
  const [credit] = await db
    .insert(invoices)
    .values({
      organizationId: source.organizationId,
      userId: source.userId,
      customerId: source.customerId,
      kind: "credit_note",
      creditedInvoiceId: source.id,
      status: "submitted",
      sequence: 58,
      invoiceNumber: number,
      reference: createReference(number),
      issueDate: "2026-11-09",
      dueDate: source.dueDate,
      paymentTermsDays: 0,
      deliveryMethod: source.deliveryMethod,
      netCents: -12079,
      vatCents: 0,
      grossCents: -12079,
      buyerSnapshot: source.buyerSnapshot,
      submittedAt: new Date("2026-11-09T08:00:00Z"),
      deadlineAt: new Date("2026-11-09T13:00:00Z"),
    })
    .returning({ id: invoices.id });
  if (!credit) throw new Error("credit note not inserted");
  await db.insert(invoiceRows).values({
    invoiceId: credit.id,
    position: 1,
    description: "Hyvitys: Yrittäjän verokäsikirja 2026",
    quantityMilli: -1000,
    unit: "kpl",
    unitPriceCents: 12079,
    vatRateBp: 0,
    netCents: -12079,
    vatCents: 0,
    grossCents: -12079,
  });
  return { invoiceId: credit.id, invoiceNumber: number };
}
