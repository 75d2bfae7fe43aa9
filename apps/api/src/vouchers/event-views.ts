import { domainErrorMessages, eventPermissions, type Allowed, type VoucherEventState } from "@reskontra/domain";
import { sql, type SQL } from "drizzle-orm";
import { queryRows, type DbOrTx } from "@reskontra/db";
import type { Locale } from "../trpc/context";

export interface EventView {
  id: string;
  organizationId: string;
  providerId: string;
  providerName: string;
  clientId: string;
  clientName: string;
  purchasingPowerId: string;
  voucherNumber: string;
  serviceId: string;
  serviceName: string;
  bookingId: string | null;
  startsAt: Date;
  endsAt: Date;
  eventDate: string;
  content: string;
  units: number;
  unitPriceCents: number;
  priceCents: number;
  voucherValueCents: number;
  coPaymentCents: number;
  state: VoucherEventState;
  awaitingCredit: boolean;
  reviewReason: string | null;
  rejectionReason: string | null;
  settlementId: string | null;
  creditedCents: number;
  coPaymentInvoiceId: string | null;
}

interface EventRow extends Record<string, unknown> {
  id: string;
  organization_id: string;
  provider_id: string;
  provider_name: string;
  client_id: string;
  client_name: string;
  purchasing_power_id: string;
  voucher_number: string;
  service_id: string;
  service_name: string;
  booking_id: string | null;
  starts_at: Date | string;
  ends_at: Date | string;
  event_date: string;
  content: string;
  units_milli: string | number;
  unit_price_cents: string | number;
  price_cents: string | number;
  voucher_value_cents: string | number;
  co_payment_cents: string | number;
  state: VoucherEventState;
  awaiting_credit: boolean;
  review_reason: string | null;
  rejection_reason: string | null;
  settlement_id: string | null;
  credited_cents: string | number;
  co_payment_invoice_id: string | null;
}

const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

/** Events with what every screen shows beside them; `where` filters on alias `e`. */
export async function loadEvents(db: DbOrTx, where: SQL, options: { limit?: number; order?: SQL } = {}): Promise<EventView[]> {
  const rows = await queryRows<EventRow>(
    db,
    sql`SELECT e.id, e.organization_id, e.provider_id, po.name AS provider_name, e.client_id, c.name AS client_name,
               e.purchasing_power_id, pp.voucher_number, e.service_id, s.name AS service_name, e.booking_id,
               e.starts_at, e.ends_at, e.event_date::text AS event_date, e.content, e.units_milli, e.unit_price_cents,
               e.price_cents, e.voucher_value_cents, e.co_payment_cents, e.state::text AS state, e.awaiting_credit,
               e.review_reason, e.rejection_reason, e.settlement_id, e.co_payment_invoice_id,
               coalesce((SELECT -sum(cr.amount_cents) FROM voucher_credits cr WHERE cr.event_id = e.id), 0) AS credited_cents
        FROM voucher_events e
        JOIN organizations po ON po.id = e.provider_id
        JOIN voucher_clients c ON c.id = e.client_id
        JOIN voucher_purchasing_powers pp ON pp.id = e.purchasing_power_id
        JOIN voucher_services s ON s.id = e.service_id
        WHERE ${where}
        ORDER BY ${options.order ?? sql`e.event_date DESC, e.starts_at DESC, e.id`}
        LIMIT ${options.limit ?? 500}`,
  );
  return rows.map((r) => ({
    id: r.id,
    organizationId: r.organization_id,
    providerId: r.provider_id,
    providerName: r.provider_name,
    clientId: r.client_id,
    clientName: r.client_name,
    purchasingPowerId: r.purchasing_power_id,
    voucherNumber: r.voucher_number,
    serviceId: r.service_id,
    serviceName: r.service_name,
    bookingId: r.booking_id,
    startsAt: asDate(r.starts_at),
    endsAt: asDate(r.ends_at),
    eventDate: r.event_date,
    content: r.content,
    units: Number(r.units_milli) / 1000,
    unitPriceCents: Number(r.unit_price_cents),
    priceCents: Number(r.price_cents),
    voucherValueCents: Number(r.voucher_value_cents),
    coPaymentCents: Number(r.co_payment_cents),
    state: r.state,
    awaitingCredit: r.awaiting_credit,
    reviewReason: r.review_reason,
    rejectionReason: r.rejection_reason,
    settlementId: r.settlement_id,
    creditedCents: Number(r.credited_cents),
    coPaymentInvoiceId: r.co_payment_invoice_id,
  }));
}

export interface PermissionView {
  allowed: boolean;
  code: string | null;
  /** Why not, in the caller's language: every refusal says why, before the button is pressed. */
  reason: string | null;
}

function viewOf(allowed: Allowed, locale: Locale): PermissionView {
  if (allowed.allowed) return { allowed: true, code: null, reason: null };
  return { allowed: false, code: allowed.code, reason: domainErrorMessages[allowed.code]?.[locale] ?? allowed.code };
}

export function permissionsOf(event: EventView, actor: "provider" | "organizer", locale: Locale) {
  const p = eventPermissions(event.state, actor, { settledBySettlementRun: event.settlementId !== null });
  const credit =
    p.credit.allowed && event.awaitingCredit ? { allowed: false as const, code: "EVENT_ALREADY_AWAITING_CREDIT" } : p.credit;
  return { edit: viewOf(p.edit, locale), delete: viewOf(p.delete, locale), credit: viewOf(credit, locale) };
}
