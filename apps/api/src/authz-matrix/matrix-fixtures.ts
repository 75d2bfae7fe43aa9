import { and, asc, eq, sql } from "drizzle-orm";
import {
  customers,
  invoices,
  notifications,
  supportAttachments,
  supportInboundMails,
  supportSuggestions,
  supportThirdParties,
  supportTickets,
  voucherEvents,
  voucherPurchasingPowers,
  voucherServices,
  voucherClients,
  voucherSettlementLines,
  voucherSettlements,
  voucherErrorReports,
  type Role,
} from "@reskontra/db";
import type { Harness } from "../testing/harness";
import { addSecondTenant, SECOND_TENANT_PEOPLE, type SecondTenant } from "../testing/second-tenant";

/** One tenant's objects: what its own people's calls name, and what the other tenant's people attack. */
export interface TenantView extends Omit<SecondTenant, "userIds"> {
  customerId: string;
  invoiceId: string;
  ruleId: string;
  ticketId: string;
  notificationId: string;
  apiTokenId: string;
  /** A person of the tenant (a provider's user): whose second factor an admin of another tenant may not reset. */
  personId: string;
  /** An attachment of a suggestion the tenant's user filed: the filer's company and the desk see it. */
  attachmentId: string;
}

/** The operator's own objects, which belong to no tenant. */
export interface Globals {
  suggestionId: string;
  thirdPartyId: string;
  inboundMailId: string;
  /** The demo ticket's number, as agents look it up. */
  ticketNumber: number;
}

export interface MatrixCaller {
  key: string;
  email: string | null;
  role: Role | null;
  /** The organization the caller's one membership is in (the demo operator for the operator's people). */
  org: string;
  /** The tenant whose objects are the caller's own; null: none of the views' objects are. */
  view: TenantView | null;
  /** The same role in the other tenant: its objects are "another's" for this caller. */
  counterpart: { org: string; view: TenantView } | null;
}

async function one<T>(rows: Promise<T[]>, what: string): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error(`matrix fixture: ${what} missing`);
  return row;
}

/** Objects of the demo tenant (Pirkanmaa, Kotipalvelu Virtanen and Ville) from the seeded demo. */
async function demoView(
  h: Harness,
): Promise<Omit<TenantView, "apiTokenId" | "errorReportId" | "notificationId" | "ruleId" | "attachmentId" | "personId">> {
  const db = h.deps.db;
  const organizerId = h.demo.organizationIds.pirkanmaa;
  const providerId = h.demo.organizationIds.virtanen;
  const ville = h.demo.userIds["ville.virtanen@demo.reskontra.fi"] ?? "";
  const power = await one(
    db
      .select()
      .from(voucherPurchasingPowers)
      .where(
        and(eq(voucherPurchasingPowers.organizationId, organizerId), eq(voucherPurchasingPowers.voucherNumber, "PS-2026-0002")),
      ),
    "demo power",
  );
  const service = await one(db.select().from(voucherServices).where(eq(voucherServices.id, power.serviceId)), "demo service");
  const client = await one(db.select().from(voucherClients).where(eq(voucherClients.id, power.clientId)), "demo client");
  const event = await one(
    db
      .select({ id: voucherEvents.id })
      .from(voucherEvents)
      .where(and(eq(voucherEvents.organizationId, organizerId), sql`${voucherEvents.state} IN ('recorded', 'under_review')`))
      .orderBy(asc(voucherEvents.startsAt))
      .limit(1),
    "demo unsettled event",
  );
  const settled = await one(
    db
      .select({ id: voucherEvents.id })
      .from(voucherEvents)
      .where(and(eq(voucherEvents.organizationId, organizerId), sql`${voucherEvents.state} IN ('settled', 'paid')`))
      .limit(1),
    "demo settled event",
  );
  // The demo has no settlement yet: one for August, which no test settles.
  const settlement = await one(
    db
      .insert(voucherSettlements)
      .values({
        organizationId: organizerId,
        period: "2026-08",
        coversBefore: "2026-09-01",
        runAt: new Date("2026-09-07T06:00:00Z"),
      })
      .returning({ id: voucherSettlements.id }),
    "demo settlement",
  );
  const line = await one(
    db
      .insert(voucherSettlementLines)
      .values({
        settlementId: settlement.id,
        providerId,
        eventCount: 0,
        approvedCents: 0,
        creditCount: 0,
        creditCents: 0,
        carriedInCents: 0,
        payableCents: 0,
        carriedOutCents: 0,
      })
      .returning({ id: voucherSettlementLines.id }),
    "demo settlement line",
  );
  const customer = await one(
    db.select({ id: customers.id }).from(customers).where(eq(customers.ownerUserId, ville)).limit(1),
    "demo customer",
  );
  const invoice = await one(
    db.select({ id: invoices.id }).from(invoices).where(eq(invoices.userId, ville)).limit(1),
    "demo invoice",
  );
  const ticket = await one(
    db.select({ id: supportTickets.id }).from(supportTickets).where(eq(supportTickets.requesterUserId, ville)).limit(1),
    "demo ticket",
  );
  return {
    organizerId,
    providerId,
    serviceId: service.id,
    serviceName: service.name,
    clientId: client.id,
    clientName: client.name,
    powerId: power.id,
    eventId: event.id,
    settledEventId: settled.id,
    settlementLineId: line.id,
    customerId: customer.id,
    invoiceId: invoice.id,
    ticketId: ticket.id,
  };
}

/**
 * Both tenants and the eleven callers: anonymous, the seven demo people and the second tenant's
 * organizer admin, provider user and company admin. The second tenant's invoicing, reminder and
 * support objects are made through the api as its own people would.
 */
export async function buildMatrixFixtures(h: Harness, as: (email: string) => ReturnType<Harness["as"]>) {
  const db = h.deps.db;
  const second = await addSecondTenant(db);
  const demo = await demoView(h);
  const operator = h.demo.organizationIds.operator;

  const ville = await as("ville.virtanen@demo.reskontra.fi");
  const taisto = await as(SECOND_TENANT_PEOPLE.providerUser);
  const tyyne = await as(SECOND_TENANT_PEOPLE.companyAdmin);
  const bOrg = { organizationId: second.providerId };

  const customer = await taisto.customers.create({
    ...bOrg,
    customerNumber: "B-1",
    name: "Tauno Toisenasiakas",
    isPerson: true,
    businessId: null,
    countryCode: "FI",
    street: "Toinen katu 3",
    postalCode: "20100",
    city: "Turku",
    email: "asiakas@tenant-b.test",
    einvoiceAddress: null,
    einvoiceOperator: null,
  });
  const invoice = await taisto.invoices.create({
    ...bOrg,
    customerId: customer.id,
    issueDate: "2026-11-23",
    deliveryDate: null,
    paymentTermsDays: 14,
    deliveryMethod: "email",
    notes: null,
    rows: [{ description: "Toisen työ", quantity: 1, unit: null, unitPriceCents: 10000, vatRatePercent: 25.5 }],
  });
  await taisto.invoices.submit({ invoiceId: invoice.id });
  const kaisa = await as("paakayttaja@demo.reskontra.fi");
  // Activating reminders makes the company's default rules; the first is the one attacked.
  const ruleOf = async (admin: typeof kaisa, organizationId: string) => {
    const { transactionFeeCents } = await admin.reminders.status({ organizationId });
    await admin.reminders.activate({ organizationId, confirmedTransactionFeeCents: transactionFeeCents });
    const [first] = await admin.reminders.rules({ organizationId });
    if (!first) throw new Error("matrix fixture: no reminder rule after activation");
    return first;
  };
  const ruleA = await ruleOf(kaisa, demo.providerId);
  const rule = await ruleOf(tyyne, second.providerId);
  const ticket = await taisto.support.tickets.create({
    ...bOrg,
    subject: "Toisen tukipyyntö",
    description: "Laskun 200201-1 rivi näkyy väärin.",
    category: "invoices",
    sendWithoutIdentifier: true,
  });
  const tokenA = await ville.auth.createApiToken({ name: "matriisi A", expiresInDays: 30 });
  const tokenB = await taisto.auth.createApiToken({ name: "matriisi B", expiresInDays: 30 });

  const villeId = h.demo.userIds["ville.virtanen@demo.reskontra.fi"] ?? "";
  const [noticeA] = await db
    .insert(notifications)
    .values({ userId: villeId, kind: "invoice_sent", invoiceId: demo.invoiceId })
    .returning({ id: notifications.id });
  const [noticeB] = await db
    .insert(notifications)
    .values({ userId: second.userIds.providerUser, kind: "invoice_sent", invoiceId: invoice.id })
    .returning({ id: notifications.id });
  const [report] = await db
    .insert(voucherErrorReports)
    .values({
      organizationId: demo.organizerId,
      providerId: demo.providerId,
      eventId: demo.settledEventId,
      reportedBy: villeId,
      message: "Pirkanmaan tapahtumassa on virhe.",
    })
    .returning({ id: voucherErrorReports.id });
  if (!noticeA || !noticeB || !report) throw new Error("matrix fixture: notices or report missing");

  // A suggestion with an attachment by each tenant's user: the board is everyone's, the attachment the filer's company's.
  const attachmentOf = async (filer: typeof ville) => {
    const filed = await filer.support.suggestions.file({
      title: "Matriisin ehdotus",
      description: "Laskulle voisi lisätä liitteen.",
      benefit: "Asiakas näkisi erittelyn.",
      currentDifficulty: "Erittely lähetetään erikseen.",
      category: "invoices",
      attachment: { fileName: "erittely.txt", contentBase64: Buffer.from("erittely").toString("base64") },
    });
    const row = await one(
      db.select({ id: supportAttachments.id }).from(supportAttachments).where(eq(supportAttachments.suggestionId, filed.id)),
      "suggestion attachment",
    );
    return row.id;
  };
  const a: TenantView = {
    ...demo,
    ruleId: ruleA.id,
    errorReportId: report.id,
    notificationId: noticeA.id,
    apiTokenId: tokenA.id,
    personId: villeId,
    attachmentId: await attachmentOf(ville),
  };
  const { userIds: secondUserIds, ...secondObjects } = second;
  const b: TenantView = {
    ...secondObjects,
    customerId: customer.id,
    invoiceId: invoice.id,
    ruleId: rule.id,
    ticketId: ticket.id,
    notificationId: noticeB.id,
    apiTokenId: tokenB.id,
    personId: secondUserIds.providerUser,
    attachmentId: await attachmentOf(taisto),
  };

  const g: Globals = {
    ticketNumber: (
      await one(
        db.select({ n: supportTickets.number }).from(supportTickets).where(eq(supportTickets.id, demo.ticketId)),
        "ticket",
      )
    ).n,
    suggestionId: (await one(db.select({ id: supportSuggestions.id }).from(supportSuggestions).limit(1), "suggestion")).id,
    thirdPartyId: (await one(db.select({ id: supportThirdParties.id }).from(supportThirdParties).limit(1), "third party")).id,
    inboundMailId: (
      await one(
        db
          .insert(supportInboundMails)
          .values({
            messageKey: "<matriisi@tenant-b.test>",
            mailboxAddress: "tuki@reskontra.fi",
            fromAddress: "joku@tenant-b.test",
            subject: "Karanteenissa",
            sizeBytes: 60,
            raw: Buffer.from("Subject: Karanteenissa\r\n\r\nViesti\r\n"),
            status: "quarantined",
            reason: "malformed",
            receivedAt: new Date("2026-11-23T07:00:00Z"),
          })
          .returning({ id: supportInboundMails.id }),
        "inbound mail",
      )
    ).id,
  };

  const pair = (org: string, view: TenantView) => ({ org, view });
  const callers: MatrixCaller[] = [
    { key: "anonymous", email: null, role: null, org: demo.providerId, view: null, counterpart: null },
    { key: "agent", email: "agentti@demo.reskontra.fi", role: "agent", org: operator, view: null, counterpart: null },
    { key: "product", email: "tuote@demo.reskontra.fi", role: "product", org: operator, view: null, counterpart: null },
    {
      key: "platform admin",
      email: "alusta@demo.reskontra.fi",
      role: "platform_admin",
      org: operator,
      view: null,
      counterpart: null,
    },
    // Aino has nothing of either tenant: Ville's objects are another's to her.
    {
      key: "user Aino",
      email: "aino.aalto@demo.reskontra.fi",
      role: "user",
      org: h.demo.organizationIds.aalto,
      view: null,
      counterpart: pair(a.providerId, a),
    },
    {
      key: "user A",
      email: "ville.virtanen@demo.reskontra.fi",
      role: "user",
      org: a.providerId,
      view: a,
      counterpart: pair(b.providerId, b),
    },
    {
      key: "company admin A",
      email: "paakayttaja@demo.reskontra.fi",
      role: "company_admin",
      org: a.providerId,
      view: a,
      counterpart: pair(b.providerId, b),
    },
    {
      key: "organizer admin A",
      email: "jarjestaja@demo.reskontra.fi",
      role: "organizer_admin",
      org: a.organizerId,
      view: a,
      counterpart: pair(b.organizerId, b),
    },
    {
      key: "user B",
      email: SECOND_TENANT_PEOPLE.providerUser,
      role: "user",
      org: b.providerId,
      view: b,
      counterpart: pair(a.providerId, a),
    },
    {
      key: "company admin B",
      email: SECOND_TENANT_PEOPLE.companyAdmin,
      role: "company_admin",
      org: b.providerId,
      view: b,
      counterpart: pair(a.providerId, a),
    },
    {
      key: "organizer admin B",
      email: SECOND_TENANT_PEOPLE.organizerAdmin,
      role: "organizer_admin",
      org: b.organizerId,
      view: b,
      counterpart: pair(a.organizerId, a),
    },
  ];
  return { a, b, g, callers };
}

/** Strings that only the tenant's own people may ever receive: its ids and names. */
export function markersOf(view: TenantView): string[] {
  return [
    view.organizerId,
    view.providerId,
    view.serviceId,
    view.clientId,
    view.clientName,
    view.powerId,
    view.eventId,
    view.settledEventId,
    view.errorReportId,
    view.settlementLineId,
    view.customerId,
    view.invoiceId,
    view.ruleId,
    view.ticketId,
    view.notificationId,
    view.apiTokenId,
    view.personId,
    view.attachmentId,
  ];
}
