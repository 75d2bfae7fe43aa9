import { and, asc, eq, lt, sql } from "drizzle-orm";
import { dispatches, outgoingMails, queryRows } from "@reskontra/db";
import { BOSS_SCHEMA, dispatchInvoice, sendMail, type JobDefinition } from "@reskontra/jobs";
import type { JobContext } from "../jobs/job-context";

/** Younger rows are probably between their commit and their enqueue, or just waiting their turn. */
export const SWEEP_MIN_AGE_MS = 60_000;
const SWEEP_BATCH = 500;

/**
 * The sweepOutbox job (every minute): finds dispatches and mails still "queued" after a minute
 * with no live job (the process died between commit and enqueue, or the job used up its
 * retries) and enqueues them again. singletonKey = id, so a sweep racing another send collapses.
 */
export async function sweepOutboxJob(ctx: JobContext): Promise<{ dispatches: number; mails: number }> {
  const cutoff = new Date(ctx.clock().getTime() - SWEEP_MIN_AGE_MS);
  const queuedDispatches = await ctx.db
    .select({ id: dispatches.id })
    .from(dispatches)
    .where(and(eq(dispatches.status, "queued"), lt(dispatches.createdAt, cutoff)))
    .orderBy(asc(dispatches.createdAt))
    .limit(SWEEP_BATCH);
  const queuedMails = await ctx.db
    .select({ id: outgoingMails.id })
    .from(outgoingMails)
    .where(and(eq(outgoingMails.status, "queued"), lt(outgoingMails.createdAt, cutoff)))
    .orderBy(asc(outgoingMails.createdAt))
    .limit(SWEEP_BATCH);

  const dispatchIds = await withoutLiveJob(
    ctx,
    dispatchInvoice,
    queuedDispatches.map((d) => d.id),
  );
  for (const dispatchId of dispatchIds) await ctx.jobs.send(dispatchInvoice, { dispatchId }, { singletonKey: dispatchId });
  const mailIds = await withoutLiveJob(
    ctx,
    sendMail,
    queuedMails.map((m) => m.id),
  );
  for (const mailId of mailIds) await ctx.jobs.send(sendMail, { mailId }, { singletonKey: mailId });

  if (dispatchIds.length + mailIds.length > 0) {
    ctx.logger.info({ dispatches: dispatchIds.length, mails: mailIds.length }, "outbox sweep re-enqueued work");
  }
  return { dispatches: dispatchIds.length, mails: mailIds.length };
}

/**
 * Drops ids that already have a job waiting, retrying or running. Without this a dispatch that
 * keeps failing (SMTP down) would gain one more job with its own retries every minute.
 */
async function withoutLiveJob(ctx: JobContext, job: JobDefinition, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  // Before pg-boss has created its tables there can be no live job at all.
  const [table] = await queryRows<{ name: string | null }>(
    ctx.db,
    sql`SELECT to_regclass(${`${BOSS_SCHEMA}.job`})::text AS name`,
  );
  if (!table?.name) return ids;
  const live = await queryRows<{ key: string }>(
    ctx.db,
    sql`SELECT DISTINCT singleton_key AS key FROM ${sql.identifier(BOSS_SCHEMA)}.job
        WHERE name = ${job.name} AND state IN ('created', 'retry', 'active') AND singleton_key IN ${ids}`,
  );
  const busy = new Set(live.map((row) => row.key));
  return ids.filter((id) => !busy.has(id));
}
