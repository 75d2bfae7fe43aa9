import { previousPeriod, toHelsinkiWallClock } from "@reskontra/domain";
import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import type { UseCaseDeps } from "../deps";
import { settleMonth, type SettleMonthResult } from "./settle-month";

export interface DueSettlement extends SettleMonthResult {
  organizationId: string;
  period: string;
}

/**
 * The monthly settlement job (daily at 02:00 Helsinki): settles last month for every organizer
 * whose settlement day has come. "Has come" rather than "is today" so a day the worker was
 * down is caught up on the next run; the unique period row keeps it to one settlement.
 */
export async function settleDueOrganizers({ db, clock }: Pick<UseCaseDeps, "db" | "clock">): Promise<DueSettlement[]> {
  const now = clock();
  const today = toHelsinkiWallClock(now.getTime()).date;
  const period = previousPeriod(today);
  const day = Number(today.slice(8, 10));
  const due = await queryRows<{ organization_id: string }>(
    db,
    sql`SELECT s.organization_id FROM voucher_organizer_settings s
        WHERE s.settlement_day <= ${day}
          AND NOT EXISTS (SELECT 1 FROM voucher_settlements v WHERE v.organization_id = s.organization_id AND v.period = ${period})
        ORDER BY s.organization_id`,
  );
  const results: DueSettlement[] = [];
  for (const { organization_id: organizationId } of due) {
    const result = await settleMonth({ db, clock: () => now }, { organizationId, period, actorUserId: null });
    results.push({ ...result, organizationId, period });
  }
  return results;
}
