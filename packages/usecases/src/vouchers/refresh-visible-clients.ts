import { VOUCHER_VISIBILITY_YEARS, yearsBefore, type IsoDate } from "@reskontra/domain";
import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import type { UseCaseDeps } from "../deps";

/**
 * Recomputes voucher_visible_clients from the events, bookings and service-team rights in one
 * set-based pass: rows no source keeps visible any more are pruned and the rest get their exact last
 * day. The triggers (migration 0009) only ever widen rows, so deleted events, cancelled bookings and
 * shortened rights leave rows that are harmless (the search re-checks the exact rule) but cost search
 * time; this narrows them. The table lock waits for writers in flight and holds new ones for the
 * duration, so a concurrent trigger upsert can never be overwritten by a value computed without it.
 */
export async function refreshVisibleClients(
  { db }: Pick<UseCaseDeps, "db">,
  { today }: { today: IsoDate },
): Promise<{ rows: number }> {
  const since = yearsBefore(today, VOUCHER_VISIBILITY_YEARS);
  return db.transaction(async (tx) => {
    await tx.execute(sql`LOCK TABLE voucher_visible_clients IN SHARE ROW EXCLUSIVE MODE`);
    await tx.execute(sql`DELETE FROM voucher_visible_clients`);
    await tx.execute(sql`
      INSERT INTO voucher_visible_clients (provider_id, client_id, name, visible_until)
      SELECT s.provider_id, s.client_id, c.name, max(s.until)
      FROM (
        SELECT provider_id, client_id, (event_date + interval '3 years')::date + 1 AS until
        FROM voucher_events WHERE event_date >= ${since}
        UNION ALL
        SELECT provider_id, client_id, (booking_date + interval '3 years')::date + 1
        FROM voucher_bookings WHERE cancelled_at IS NULL AND booking_date >= ${since}
        UNION ALL
        SELECT provider_id, client_id, coalesce(valid_to, date '9999-12-31')
        FROM voucher_service_team_rights WHERE valid_to IS NULL OR valid_to >= ${today}
      ) s JOIN voucher_clients c ON c.id = s.client_id
      GROUP BY s.provider_id, s.client_id, c.name`);
    const [count] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM voucher_visible_clients`);
    return { rows: count?.n ?? 0 };
  });
}
