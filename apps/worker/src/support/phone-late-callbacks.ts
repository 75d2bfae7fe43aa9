import { supportCallbacks, writeAudit } from "@reskontra/db";
import { and, eq, isNull, lt } from "drizzle-orm";
import type { JobContext } from "../jobs/job-context";
import { appendToAlert, helsinkiDate } from "../jobs/raise-alert";

/** The alert customer service sees for promised callbacks that ran late, one per Helsinki day. */
export const CALLBACK_LATE_ALERT_KIND = "support_callback_late";

export type LateCallback = { id: string; lineId: string; ticketId: string | null; phoneNumber: string; promisedAt: string };

/**
 * The late-callback sweep (every 5 minutes): a callback still due after its promised time is marked
 * `lateNotifiedAt` and listed once in the day's alert, with an audit row. The mark is a conditional
 * update in the same transaction, so reruns and concurrent runs remind of each callback once.
 */
export async function sweepLateCallbacksJob(ctx: Pick<JobContext, "db" | "clock" | "logger">): Promise<LateCallback[]> {
  const now = ctx.clock();
  const businessDate = helsinkiDate(now);
  const late = await ctx.db.transaction(async (tx) => {
    const marked = await tx
      .update(supportCallbacks)
      .set({ lateNotifiedAt: now })
      .where(
        and(eq(supportCallbacks.status, "due"), lt(supportCallbacks.promisedAt, now), isNull(supportCallbacks.lateNotifiedAt)),
      )
      .returning({
        id: supportCallbacks.id,
        lineId: supportCallbacks.lineId,
        ticketId: supportCallbacks.ticketId,
        phoneNumber: supportCallbacks.phoneNumber,
        promisedAt: supportCallbacks.promisedAt,
        assigneeUserId: supportCallbacks.assigneeUserId,
      });
    const entries: LateCallback[] = [];
    for (const c of marked.sort((a, b) => a.promisedAt.getTime() - b.promisedAt.getTime() || a.id.localeCompare(b.id))) {
      const entry = {
        id: c.id,
        lineId: c.lineId,
        ticketId: c.ticketId,
        phoneNumber: c.phoneNumber,
        promisedAt: c.promisedAt.toISOString(),
      };
      await appendToAlert(tx, { kind: CALLBACK_LATE_ALERT_KIND, businessDate, listKey: "callbacks", entry });
      await writeAudit(tx, {
        at: now,
        actorUserId: null,
        organizationId: null,
        action: "support.callback_late",
        entityType: "support_callback",
        entityId: c.id,
        after: {
          promisedAt: entry.promisedAt,
          assigneeUserId: c.assigneeUserId,
          alert: `${CALLBACK_LATE_ALERT_KIND}:${businessDate}`,
        },
      });
      entries.push(entry);
    }
    return entries;
  });
  if (late.length > 0) ctx.logger.warn({ count: late.length, businessDate }, "promised callbacks are late");
  return late;
}
