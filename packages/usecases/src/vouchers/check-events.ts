import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import type { UseCaseDeps } from "../deps";

export interface CheckResult {
  approved: number;
  underReview: number;
}

/**
 * The organizer's automatic check (00, 06, 12, 18 Helsinki), one set-based statement for every
 * organizer: a recorded event whose date is outside its purchasing power's validity, that
 * takes the power over its quantity or euro balance (consumption counted in date order over
 * all non-rejected events), that overlaps the client's other event with the same provider, or
 * whose hours do not fit its time slot, goes to review with the reason. Saving an event refuses
 * the last three; the check still flags them for data that came in another way (an import, a
 * seed, an older version). the rest are approved where the
 * organizer allows auto-approval, else they go to review too. Both moves are the system's
 * `submit_for_review` / `approve` of decideEventTransition. Each moved event gets its audit row
 * in the same statement. Only `recorded` events move, so a second run changes nothing.
 */
export async function checkRecordedEvents(
  { db, clock }: Pick<UseCaseDeps, "db" | "clock">,
  { organizationId }: { organizationId?: string } = {},
): Promise<CheckResult> {
  const at = clock().toISOString();
  const scope = organizationId ? sql`AND e.organization_id = ${organizationId}` : sql``;
  const rows = await db.transaction((tx) =>
    queryRows<{ state: string; n: string | number }>(
      tx,
      sql`
      WITH touched AS (
        SELECT DISTINCT e.purchasing_power_id FROM voucher_events e WHERE e.state = 'recorded' ${scope}
      ), usage AS (
        SELECT e.id, e.state, e.organization_id, e.event_date, e.client_id, e.provider_id, e.starts_at, e.ends_at,
               e.units_milli, sv.unit, p.kind, p.quantity_milli, p.balance_cents,
               p.valid_from, p.valid_to, p.status,
               sum(e.units_milli) OVER w AS units_used, sum(e.voucher_value_cents) OVER w AS value_used
        FROM voucher_events e
        JOIN touched t ON t.purchasing_power_id = e.purchasing_power_id
        JOIN voucher_purchasing_powers p ON p.id = e.purchasing_power_id
        JOIN voucher_services sv ON sv.id = p.service_id
        WHERE e.state <> 'rejected'
        WINDOW w AS (PARTITION BY e.purchasing_power_id ORDER BY e.event_date, e.created_at, e.id)
      ), decided AS (
        SELECT u.id,
          CASE
            WHEN u.event_date < u.valid_from OR u.event_date > u.valid_to OR u.status = 'closed' THEN 'outside_validity'
            WHEN u.kind = 'units' AND u.units_used > u.quantity_milli THEN 'over_balance'
            WHEN u.kind = 'balance' AND u.value_used > u.balance_cents THEN 'over_balance'
            WHEN EXISTS (
              SELECT 1 FROM voucher_events o
              WHERE o.client_id = u.client_id AND o.provider_id = u.provider_id AND o.id <> u.id
                AND o.state <> 'rejected' AND o.starts_at < u.ends_at AND o.ends_at > u.starts_at
            ) THEN 'overlap'
            WHEN lower(u.unit) IN ('h', 'min')
              AND u.units_milli * (CASE WHEN lower(u.unit) = 'h' THEN 3600 ELSE 60 END)
                  > extract(epoch FROM u.ends_at - u.starts_at) * 1000 THEN 'exceeds_slot'
          END AS problem,
          coalesce(s.auto_approve, false) AS auto_approve
        FROM usage u LEFT JOIN voucher_organizer_settings s ON s.organization_id = u.organization_id
        WHERE u.state = 'recorded'
      ), moved AS (
        UPDATE voucher_events e
        SET state = CASE WHEN d.problem IS NULL AND d.auto_approve THEN 'approved' ELSE 'under_review' END::voucher_event_state,
            review_reason = CASE WHEN d.problem IS NOT NULL THEN d.problem WHEN d.auto_approve THEN NULL ELSE 'manual' END,
            updated_at = ${at}::timestamptz
        FROM decided d
        WHERE e.id = d.id AND e.state = 'recorded'
        RETURNING e.id, e.organization_id, e.state, e.review_reason
      ), audited AS (
        INSERT INTO audit_log (at, actor_user_id, organization_id, action, entity_type, entity_id, before, after)
        SELECT ${at}::timestamptz, NULL, m.organization_id,
               CASE WHEN m.state = 'approved' THEN 'voucher.event.auto_approved' ELSE 'voucher.event.to_review' END,
               'voucher_event', m.id::text, jsonb_build_object('state', 'recorded'),
               jsonb_build_object('state', m.state, 'reviewReason', m.review_reason)
        FROM moved m
        RETURNING 1
      )
      SELECT m.state::text AS state, count(*) AS n FROM moved m GROUP BY m.state`,
    ),
  );
  const count = (state: string) => Number(rows.find((r) => r.state === state)?.n ?? 0);
  return { approved: count("approved"), underReview: count("under_review") };
}
