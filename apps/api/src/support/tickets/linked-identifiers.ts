import { customers, invoices, queryRows, voucherClientNumbers, voucherPurchasingPowers, type DbOrTx } from "@reskontra/db";
import { helsinkiToday, type FoundTicketIdentifier } from "@reskontra/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import { isOwnerOf } from "../../invoices/invoice-access";
import { isAgent, type AuthedContext } from "../../trpc/authed";
import { visibleToProvider } from "../../vouchers/visibility";

/** The page an identifier opens for this viewer: an invoice, a customer card, a voucher client. */
export type IdentifierLink = { type: "invoice" | "customer" | "voucher_client" | "organizer_client"; id: string };
export type LinkedIdentifier = FoundTicketIdentifier & { link: IdentifierLink | null };

const unique = (values: string[]) => [...new Set(values)];

/** A reference as the invoices store it: national digits without leading zeros (RF's body too). */
function nationalReference(found: FoundTicketIdentifier): string | null {
  if (found.kind === "reference") return found.value;
  if (found.kind !== "rf_reference") return null;
  const body = found.value.slice(4);
  return /^\d+$/.test(body) ? body.replace(/^0+(?=\d)/, "") : null;
}

/**
 * Links each identifier to the record *this viewer* may open, by the same rules as the record's
 * own page: an invoice its owner or an agent may see, the viewer's own customer card, a voucher
 * client visible to the viewer's provider organization or belonging to their county. Anything
 * else — another organization's invoice above all — stays plain text: a link would tell it exists.
 */
export async function linkIdentifiers(
  ctx: AuthedContext,
  found: readonly FoundTicketIdentifier[],
  db: DbOrTx = ctx.db,
): Promise<LinkedIdentifier[]> {
  if (found.length === 0) return [];
  const byKind = (...kinds: FoundTicketIdentifier["kind"][]) =>
    unique(found.filter((f) => kinds.includes(f.kind)).map((f) => f.value));
  const references = unique(found.map(nationalReference).filter((r): r is string => r !== null));
  const invoiceNumbers = byKind("invoice_number");
  const customerNumbers = byKind("customer_number");
  const voucherNumbers = byKind("voucher_number");

  const invoiceLinks = new Map<string, IdentifierLink>();
  const referenceLinks = new Map<string, IdentifierLink>();
  if (invoiceNumbers.length > 0 || references.length > 0) {
    const rows = await db
      .select()
      .from(invoices)
      .where(
        invoiceNumbers.length > 0 && references.length > 0
          ? sql`${inArray(invoices.invoiceNumber, invoiceNumbers)} OR ${inArray(invoices.reference, references)}`
          : invoiceNumbers.length > 0
            ? inArray(invoices.invoiceNumber, invoiceNumbers)
            : inArray(invoices.reference, references),
      );
    for (const row of rows) {
      if (!isOwnerOf(ctx, row) && !isAgent(ctx)) continue;
      const link: IdentifierLink = { type: "invoice", id: row.id };
      if (row.invoiceNumber) invoiceLinks.set(row.invoiceNumber, link);
      if (row.reference && !referenceLinks.has(row.reference)) referenceLinks.set(row.reference, link);
    }
  }

  const memberOf = (role: string) => ctx.auth.memberships.filter((m) => m.role === role).map((m) => m.organizationId);
  const providerIds = memberOf("user");
  const organizerIds = memberOf("organizer_admin");
  const today = helsinkiToday(ctx.clock());

  const customerLinks = new Map<string, IdentifierLink>();
  if (customerNumbers.length > 0 && providerIds.length > 0) {
    const own = await db
      .select({ id: customers.id, number: customers.customerNumber })
      .from(customers)
      .where(
        and(
          eq(customers.ownerUserId, ctx.auth.user.id),
          inArray(customers.organizationId, providerIds),
          inArray(customers.customerNumber, customerNumbers),
        ),
      );
    for (const c of own) customerLinks.set(c.number, { type: "customer", id: c.id });
    const clients = await db
      .select({
        clientId: voucherClientNumbers.clientId,
        providerId: voucherClientNumbers.providerId,
        number: voucherClientNumbers.customerNumber,
      })
      .from(voucherClientNumbers)
      .where(
        and(inArray(voucherClientNumbers.providerId, providerIds), inArray(voucherClientNumbers.customerNumber, customerNumbers)),
      );
    for (const c of clients) {
      if (customerLinks.has(c.number)) continue;
      if (await providerSees(db, c.providerId, c.clientId, today))
        customerLinks.set(c.number, { type: "voucher_client", id: c.clientId });
    }
  }

  const voucherLinks = new Map<string, IdentifierLink>();
  if (voucherNumbers.length > 0 && (providerIds.length > 0 || organizerIds.length > 0)) {
    const powers = await db
      .select({
        number: voucherPurchasingPowers.voucherNumber,
        clientId: voucherPurchasingPowers.clientId,
        organizationId: voucherPurchasingPowers.organizationId,
      })
      .from(voucherPurchasingPowers)
      .where(inArray(voucherPurchasingPowers.voucherNumber, voucherNumbers));
    for (const p of powers) {
      if (organizerIds.includes(p.organizationId)) {
        voucherLinks.set(p.number, { type: "organizer_client", id: p.clientId });
        continue;
      }
      for (const providerId of providerIds) {
        if (await providerSees(db, providerId, p.clientId, today)) {
          voucherLinks.set(p.number, { type: "voucher_client", id: p.clientId });
          break;
        }
      }
    }
  }

  return found.map((f) => {
    const reference = nationalReference(f);
    const link =
      f.kind === "invoice_number"
        ? invoiceLinks.get(f.value)
        : reference !== null
          ? referenceLinks.get(reference)
          : f.kind === "customer_number"
            ? customerLinks.get(f.value)
            : f.kind === "voucher_number"
              ? voucherLinks.get(f.value)
              : undefined;
    return { ...f, link: link ?? null };
  });
}

async function providerSees(db: DbOrTx, providerId: string, clientId: string, today: ReturnType<typeof helsinkiToday>) {
  const rows = await queryRows<{ ok: number }>(
    db,
    sql`SELECT 1 AS ok WHERE ${visibleToProvider(sql`${clientId}::uuid`, providerId, today)}`,
  );
  return rows.length > 0;
}
