import { sql } from "drizzle-orm";
import { dispatches, queryRows, reminders } from "@reskontra/db";
import { dispatchInvoice, sendMany } from "@reskontra/jobs";
import { noticeMissingRate, planDueReminders, type HeldReminder, type PlannedReminder } from "@reskontra/usecases/reminders";
import { insertReminderBatch } from "./create-batch";
import { faultAt, type JobContext } from "../jobs/job-context";
import { helsinkiDate } from "../jobs/raise-alert";

/**
 * Reminders written per statement (and per commit): each batch is one INSERT … SELECT for its
 * dispatches, reminders, events and audit rows and one insert of its jobs, so a run costs a few
 * statements per 5 000 reminders, never one per reminder; a crash leaves at most one batch's
 * jobs unsent, which the end of the run (or the next run, or the outbox sweep) enqueues.
 */
export const RUN_BATCH_SIZE = 5000;

export interface RunSummary {
  runDate: string;
  candidates: number;
  created: number;
  /** Due reminders held back because a reference rate they need is missing (the company chose "hold"). */
  held: number;
  /** Queued reminder dispatches of the day enqueued at the end (the run's own and any a crash left). */
  enqueued: number;
}

/**
 * The daily run. SQL selects the due invoices set-wise, the domain plans each one (the rules
 * stay in packages/domain), and the plans are written in batches by one statement each
 * (create-batch.ts). Each reminder is a dispatch (idempotency key per invoice and reminder
 * number) and a reminder row (unique per invoice and number): a second run the same day finds
 * nothing due, and a run that races or resumes a crashed one collides on the keys and adds
 * nothing. Jobs are enqueued per batch after its commit; at the end every queued reminder dispatch
 * of the day that this run did not enqueue is enqueued too (the singleton key collapses
 * duplicates), so a crash between a commit and its enqueue delays delivery by one run at most.
 */
export async function runRemindersJob(
  ctx: JobContext,
  options: { organizationId?: string; batchSize?: number } = {},
): Promise<RunSummary> {
  const now = ctx.clock();
  const today = helsinkiDate(now);
  const { candidates, planned, held } = await planDueReminders(ctx, { today, organizationId: options.organizationId });
  await noticeMissingRates(ctx, today, planned, held);
  const batchSize = options.batchSize ?? RUN_BATCH_SIZE;
  const enqueuedIds = new Set<string>();
  for (let i = 0; i < planned.length; i += batchSize) {
    const batch = planned.slice(i, i + batchSize);
    const dispatchIds = await ctx.db.transaction((tx) => insertReminderBatch(tx, batch, { today, now: ctx.clock() }));
    await faultAt(ctx, "batch-committed");
    await enqueueDispatches(ctx, dispatchIds);
    for (const id of dispatchIds) enqueuedIds.add(id);
  }
  const created = enqueuedIds.size;
  const enqueued = created + (await enqueueQueuedOfDay(ctx, today, options.organizationId, enqueuedIds));
  ctx.logger.info({ runDate: today, candidates, created, held: held.length, enqueued }, "reminder run done");
  return { runDate: today, candidates, created, held: held.length, enqueued };
}

/** One job per dispatch (each is its own external side effect), handed to the queue in bulk. */
function enqueueDispatches(ctx: JobContext, dispatchIds: readonly string[]): Promise<number> {
  return sendMany(
    ctx.jobs,
    dispatchInvoice,
    dispatchIds.map((dispatchId) => ({ payload: { dispatchId }, options: { singletonKey: dispatchId } })),
  );
}

async function enqueueQueuedOfDay(
  ctx: JobContext,
  today: string,
  organizationId: string | undefined,
  alreadyEnqueued: ReadonlySet<string>,
): Promise<number> {
  const queued = await queryRows<{ id: string }>(
    ctx.db,
    sql`SELECT d.id FROM ${reminders} m JOIN ${dispatches} d ON d.id = m.dispatch_id
        WHERE m.run_date = ${today}::date AND d.status = 'queued'
        ${organizationId ? sql`AND m.organization_id = ${organizationId}` : sql``}`,
  );
  const left = queued.flatMap(({ id }) => (alreadyEnqueued.has(id) ? [] : [id]));
  return enqueueDispatches(ctx, left);
}

/**
 * A reminder whose late interest needs a reference rate not yet entered never goes silently: held
 * or sent without interest (the company's choice), the platform administrators and the company's
 * reminder admins are told, once a day per company and half-years.
 */
async function noticeMissingRates(ctx: JobContext, today: string, planned: PlannedReminder[], held: HeldReminder[]) {
  const groups = new Map<
    string,
    { organizationId: string; outcome: "held" | "flagged"; missing: HeldReminder["missing"]; count: number }
  >();
  const add = (organizationId: string, outcome: "held" | "flagged", missing: HeldReminder["missing"]) => {
    const key = `${organizationId}:${outcome}:${missing.map((m) => m.from).join(",")}`;
    const group = groups.get(key) ?? { organizationId, outcome, missing, count: 0 };
    group.count += 1;
    groups.set(key, group);
  };
  for (const h of held) add(h.candidate.organizationId, "held", h.missing);
  for (const p of planned)
    if (p.plan.interestMissing.length > 0) add(p.candidate.organizationId, "flagged", p.plan.interestMissing);
  if (groups.size === 0) return;
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    for (const g of groups.values()) {
      await noticeMissingRate(tx, {
        now,
        today,
        missing: g.missing,
        organizationId: g.organizationId,
        outcome: g.outcome,
        invoiceCount: g.count,
      });
    }
  });
  ctx.logger.warn(
    { runDate: today, groups: [...groups.values()].map((g) => ({ ...g, missing: g.missing.map((m) => m.from) })) },
    "reference rate missing",
  );
}
