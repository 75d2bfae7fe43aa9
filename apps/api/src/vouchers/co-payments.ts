import { buildCoPaymentStatement, type CoPaymentStatement } from "@reskontra/domain";
import { renderCoPaymentStatementPdf } from "@reskontra/documents";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { customers, voucherEvents } from "@reskontra/db";
import { AppError } from "../errors";
import { createDraft } from "../invoices/drafts";
import { helsinkiToday, type ProviderContext } from "./context";
import { loadEvents } from "./event-views";
import { requireOwnService } from "./services";
import { loadVisibleClient } from "./visibility";

export interface CoPaymentQuery {
  clientId: string;
  serviceId: string;
  from: string;
  to: string;
}

async function statementOf(ctx: ProviderContext, q: CoPaymentQuery) {
  const providerId = ctx.tenant.organizationId;
  const client = await loadVisibleClient(ctx.db, providerId, q.clientId, helsinkiToday(ctx));
  // The service must be one of the client's organizer's: another county's service id is not found.
  const service = await requireOwnService(ctx.db, client.organization_id, q.serviceId);
  const events = await loadEvents(
    ctx.db,
    sql`e.client_id = ${q.clientId} AND e.provider_id = ${providerId} AND e.service_id = ${q.serviceId}
        AND e.event_date BETWEEN ${q.from} AND ${q.to}`,
    { limit: 5000 },
  );
  // The domain decides what the statement shows (rejected events disappear) and sums it.
  const statement = buildCoPaymentStatement({
    events: events.map((e) => ({
      id: e.id,
      date: e.eventDate,
      state: e.state,
      serviceId: e.serviceId,
      serviceContent: e.content,
      voucherNumber: e.voucherNumber,
      priceCents: e.priceCents,
      voucherValueCents: e.voucherValueCents,
    })),
    serviceId: q.serviceId,
    from: q.from,
    to: q.to,
  });
  const invoiced = new Map(events.map((e) => [e.id, e.coPaymentInvoiceId]));
  return { client, service, statement, invoiced };
}

export async function coPaymentStatement(ctx: ProviderContext, q: CoPaymentQuery) {
  const { statement, invoiced } = await statementOf(ctx, q);
  return {
    ...statement,
    rows: statement.rows.map((r) => ({ ...r, invoiceId: invoiced.get(r.eventId) ?? null })),
  };
}

export async function coPaymentStatementPdf(ctx: ProviderContext, q: CoPaymentQuery) {
  const { client, service, statement } = await statementOf(ctx, q);
  const pdf = await renderCoPaymentStatementPdf({
    language: ctx.locale,
    providerName: ctx.tenant.organizationName,
    clientName: client.name,
    customerNumber: client.customer_number,
    serviceName: service.name,
    from: statement.from,
    to: statement.to,
    printedOn: helsinkiToday(ctx),
    rows: statement.rows.map((r) => ({
      date: r.date,
      state: r.state,
      content: r.serviceContent,
      voucherNumber: r.voucherNumber,
      priceCents: r.priceCents,
      voucherValueCents: r.voucherValueCents,
      coPaymentCents: r.coPaymentCents,
    })),
    totals: statement.totals,
  });
  return { fileName: `omavastuuerittely-${statement.from}-${statement.to}.pdf`, pdfBase64: pdf.toString("base64") };
}

/** Only co-payments that are final: an event under review may still be rejected. */
function invoiceable(statement: CoPaymentStatement, invoiced: Map<string, string | null>) {
  return statement.rows.filter(
    (r) => r.coPaymentCents > 0 && r.state !== "under_review" && r.state !== "recorded" && !invoiced.get(r.eventId),
  );
}

/**
 * Turns the client's co-payments for a service and range into one invoice draft through the
 * invoices module. The buyer is the invoice customer with the provider's own customer number for
 * the client (created from the client's address when missing); the identity code never goes there.
 * Each event remembers its invoice, so a co-payment is invoiced once.
 */
export async function invoiceCoPayments(ctx: ProviderContext, q: CoPaymentQuery) {
  const { client, statement, invoiced } = await statementOf(ctx, q);
  const customerNumber = client.customer_number;
  if (!customerNumber) throw new AppError("CLIENT_NUMBER_MISSING", { field: "clientId" });
  const rows = invoiceable(statement, invoiced);
  if (rows.length === 0) throw new AppError("NO_CO_PAYMENTS_TO_INVOICE", { field: "from" });
  if (!client.street || !client.postal_code || !client.city) throw new AppError("CLIENT_ADDRESS_MISSING", { field: "clientId" });
  const address = { street: client.street, postalCode: client.postal_code, city: client.city };

  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.ownerUserId, ctx.auth.user.id), eq(customers.customerNumber, customerNumber)));
    const customerId =
      existing?.id ??
      (
        await tx
          .insert(customers)
          .values({
            organizationId: ctx.tenant.organizationId,
            ownerUserId: ctx.auth.user.id,
            customerNumber,
            name: client.name,
            isPerson: true,
            countryCode: "FI",
            ...address,
            email: client.email,
          })
          .returning({ id: customers.id })
      )[0]?.id;
    if (!customerId) throw new Error("customer insert returned nothing");
    const today = helsinkiToday(ctx);
    // createDraft in this transaction (a savepoint), so the draft and the events' link commit together.
    const draft = await createDraft(
      { ...ctx, db: tx },
      {
        customerId,
        issueDate: today,
        deliveryDate: statement.to,
        paymentTermsDays: 14,
        deliveryMethod: client.email ? "email" : "post",
        notes: `Omavastuuosuudet ${statement.from}–${statement.to}, asiakasnumero ${customerNumber}`,
        // Social welfare services are VAT exempt (AVL 37 §): the co-payment is invoiced at 0 %.
        rows: rows.map((r) => ({
          description: `${r.date} ${r.serviceContent} (palveluseteli ${r.voucherNumber})`,
          quantity: 1,
          unit: null,
          unitPriceCents: r.coPaymentCents,
          vatRatePercent: 0,
        })),
      },
    );
    const linked = await tx
      .update(voucherEvents)
      .set({ coPaymentInvoiceId: draft.id })
      .where(
        and(
          inArray(
            voucherEvents.id,
            rows.map((r) => r.eventId),
          ),
          isNull(voucherEvents.coPaymentInvoiceId),
        ),
      )
      .returning({ id: voucherEvents.id });
    // A concurrent invoicing of the same events got there first: undo this one.
    if (linked.length !== rows.length) throw new AppError("CONFLICT");
    return { invoiceId: draft.id, grossCents: draft.grossCents, events: rows.length };
  });
}
