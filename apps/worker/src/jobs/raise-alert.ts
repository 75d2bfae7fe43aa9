import { sql } from "drizzle-orm";
import type { DbOrTx } from "@reskontra/db";
import { helsinkiToday } from "@reskontra/domain";

/** Alerts are filed per Helsinki business date, the day customer service will look at them. */
export function helsinkiDate(instant: Date): string {
  return helsinkiToday(instant);
}

/**
 * Appends one entry to the list `listKey` of the day's alert of `kind`, creating the alert
 * when it is the first, and reopening it if it had been resolved: there is something new to look at.
 * Callers append once per transition (guarded by a conditional update), so reruns add nothing.
 */
export async function appendToAlert(
  tx: DbOrTx,
  alert: { kind: string; businessDate: string; listKey: string; entry: Record<string, unknown> },
): Promise<void> {
  const first = JSON.stringify({ [alert.listKey]: [alert.entry] });
  await tx.execute(sql`
    INSERT INTO alerts (kind, business_date, payload)
    VALUES (${alert.kind}, ${alert.businessDate}, ${first}::jsonb)
    ON CONFLICT (kind, business_date) DO UPDATE SET
      payload = jsonb_set(
        alerts.payload,
        ARRAY[${alert.listKey}]::text[],
        COALESCE(alerts.payload -> ${alert.listKey}, '[]'::jsonb) || (excluded.payload -> ${alert.listKey})
      ),
      resolved_at = NULL
  `);
}
