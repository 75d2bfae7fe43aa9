import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import { helsinkiToday, type ProviderContext } from "./context";
import { loadEvents, permissionsOf } from "./event-views";
import { loadVisibleClient } from "./visibility";

export async function clientHeader(ctx: ProviderContext, clientId: string) {
  const c = await loadVisibleClient(ctx.db, ctx.tenant.organizationId, clientId, helsinkiToday(ctx));
  return {
    id: c.id,
    name: c.name,
    hetuMasked: c.hetu_masked,
    customerNumber: c.customer_number,
    street: c.street,
    postalCode: c.postal_code,
    city: c.city,
    email: c.email,
  };
}

interface PowerRow extends Record<string, unknown> {
  id: string;
  voucher_number: string;
  kind: "units" | "balance";
  service_id: string;
  service_name: string;
  service_unit: string;
  unit_value_cents: string | number;
  quantity_milli: string | number | null;
  balance_cents: string | number | null;
  valid_from: string;
  valid_to: string;
  status: "granted" | "open" | "closed";
  used_milli: string | number;
  used_cents: string | number;
}

/**
 * Purchasing powers (kind "units") or balance powers (kind "balance") of a visible client that this
 * provider may use, with what non-rejected events have used of them.
 */
export async function clientPowers(ctx: ProviderContext, clientId: string, kind: "units" | "balance") {
  const providerId = ctx.tenant.organizationId;
  await loadVisibleClient(ctx.db, providerId, clientId, helsinkiToday(ctx));
  const rows = await queryRows<PowerRow>(
    ctx.db,
    sql`SELECT p.id, p.voucher_number, p.kind::text AS kind, p.service_id, s.name AS service_name, s.unit AS service_unit,
               p.unit_value_cents, p.quantity_milli, p.balance_cents, p.valid_from::text AS valid_from,
               p.valid_to::text AS valid_to, p.status::text AS status,
               coalesce(sum(e.units_milli) FILTER (WHERE e.state <> 'rejected'), 0) AS used_milli,
               coalesce(sum(e.voucher_value_cents) FILTER (WHERE e.state <> 'rejected'), 0) AS used_cents
        FROM voucher_purchasing_powers p
        JOIN voucher_services s ON s.id = p.service_id
        LEFT JOIN voucher_events e ON e.purchasing_power_id = p.id
        WHERE p.client_id = ${clientId} AND p.kind = ${kind}
          AND (p.provider_id IS NULL OR p.provider_id = ${providerId})
        GROUP BY p.id, s.name, s.unit
        ORDER BY p.valid_to DESC, p.voucher_number`,
  );
  return rows.map((r) => {
    const quantity = r.quantity_milli === null ? null : Number(r.quantity_milli) / 1000;
    const balanceCents = r.balance_cents === null ? null : Number(r.balance_cents);
    const usedUnits = Number(r.used_milli) / 1000;
    const usedCents = Number(r.used_cents);
    return {
      id: r.id,
      voucherNumber: r.voucher_number,
      kind: r.kind,
      serviceId: r.service_id,
      serviceName: r.service_name,
      serviceUnit: r.service_unit,
      unitValueCents: Number(r.unit_value_cents),
      quantity,
      usedUnits,
      remainingUnits: quantity === null ? null : quantity - usedUnits,
      balanceCents,
      usedCents,
      remainingCents: balanceCents === null ? null : balanceCents - usedCents,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      status: r.status,
    };
  });
}

export async function clientBookings(ctx: ProviderContext, clientId: string) {
  const providerId = ctx.tenant.organizationId;
  await loadVisibleClient(ctx.db, providerId, clientId, helsinkiToday(ctx));
  const rows = await queryRows<{
    id: string;
    purchasing_power_id: string;
    voucher_number: string;
    service_name: string;
    starts_at: Date | string;
    ends_at: Date | string;
    content: string;
    has_event: boolean;
  }>(
    ctx.db,
    sql`SELECT b.id, b.purchasing_power_id, p.voucher_number, s.name AS service_name, b.starts_at, b.ends_at, b.content,
               EXISTS (SELECT 1 FROM voucher_events e WHERE e.booking_id = b.id) AS has_event
        FROM voucher_bookings b
        JOIN voucher_purchasing_powers p ON p.id = b.purchasing_power_id
        JOIN voucher_services s ON s.id = p.service_id
        WHERE b.client_id = ${clientId} AND b.provider_id = ${providerId} AND b.cancelled_at IS NULL
        ORDER BY b.starts_at DESC`,
  );
  const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));
  return rows.map((r) => ({
    id: r.id,
    purchasingPowerId: r.purchasing_power_id,
    voucherNumber: r.voucher_number,
    serviceName: r.service_name,
    startsAt: asDate(r.starts_at),
    endsAt: asDate(r.ends_at),
    content: r.content,
    hasEvent: r.has_event,
  }));
}

/** This provider's events for a visible client, each with what the provider may do and why not. */
export async function clientEvents(ctx: ProviderContext, clientId: string) {
  const providerId = ctx.tenant.organizationId;
  await loadVisibleClient(ctx.db, providerId, clientId, helsinkiToday(ctx));
  const events = await loadEvents(ctx.db, sql`e.client_id = ${clientId} AND e.provider_id = ${providerId}`);
  return events.map((e) => ({ ...e, permissions: permissionsOf(e, "provider", ctx.locale) }));
}
