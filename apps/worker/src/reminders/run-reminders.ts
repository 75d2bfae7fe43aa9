import { sql } from "drizzle-orm";
import { auditLog, dispatches, queryRows, reminderEvents, reminders } from "@reskontra/db";
import { dispatchInvoice } from "@reskontra/jobs";
import { noticeMissingRate, planDueReminders, type HeldReminder, type PlannedReminder } from "@reskontra/usecases/reminders";
import { faultAt, type JobContext } from "../jobs/job-context";
import { helsinkiDate } from "../jobs/raise-alert";

/** Reminders made per transaction: one commit per batch bounds what a crash can leave half done (nothing). */
export const RUN_BATCH_SIZE = 500;

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
 * The daily run. Each reminder is a dispatch (idempotency key per invoice and reminder number)
 * and a reminder row (unique per invoice and number), written together per batch: a second run
 * the same day finds nothing due, and a run that races or resumes a crashed one collides on the
 * keys and adds nothing. Jobs are enqueued after each commit; at the end every queued reminder
 * dispatch of the day is enqueued again (the singleton key collapses duplicates), so a crash
 * between a commit and its enqueue delays delivery by one run at most, besides the outbox sweep.
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
    const dispatchIds = await createBatch(ctx, planned.slice(i, i + batchSize), today);
    await faultAt(ctx, "batch-committed");
    for (const dispatchId of dispatchIds) {
      await ctx.jobs.send(dispatchInvoice, { dispatchId }, { singletonKey: dispatchId });
      enqueuedIds.add(dispatchId);
    }
  }
  const created = enqueuedIds.size;
  const enqueued = created + (await enqueueQueuedOfDay(ctx, today, options.organizationId, enqueuedIds));
  ctx.logger.info({ runDate: today, candidates, created, held: held.length, enqueued }, "reminder run done");
  return { runDate: today, candidates, created, held: held.length, enqueued };
}

async function createBatch(ctx: JobContext, batch: PlannedReminder[], today: string): Promise<string[]> {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const keyOf = (p: PlannedReminder) => `reminder:${p.candidate.invoiceId}:${p.plan.sequence}`;
    const inserted = await tx
      .insert(dispatches)
      .values(
        batch.map((p) => ({
          invoiceId: p.candidate.invoiceId,
          documentKind: "reminder",
          channel: p.plan.channel,
          idempotencyKey: keyOf(p),
          createdAt: now,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: dispatches.id, key: dispatches.idempotencyKey });
    if (inserted.length === 0) return [];
    const dispatchByKey = new Map(inserted.map((d) => [d.key, d.id]));
    const fresh = batch.flatMap((p) => {
      const dispatchId = dispatchByKey.get(keyOf(p));
      return dispatchId ? [{ p, dispatchId }] : [];
    });
    const rows = await tx
      .insert(reminders)
      .values(
        fresh.map(({ p, dispatchId }) => ({
          organizationId: p.candidate.organizationId,
          invoiceId: p.candidate.invoiceId,
          sequence: p.plan.sequence,
          ruleId: p.rule.id,
          customerId: p.candidate.customerId,
          customerKind: p.rule.customerKind,
          dispatchId,
          channel: p.plan.channel,
          runDate: today,
          newDueDate: p.plan.newDueDate,
          openCents: p.candidate.openCents,
          feeCents: p.plan.feeCents,
          interestCents: p.plan.interestCents,
          interestRateBp: p.plan.interestRateBp,
          interestPeriods: p.plan.interestPeriods,
          interestMissing: p.plan.interestMissing,
          compensationCents: p.plan.compensationCents,
          createdAt: now,
        })),
      )
      .returning();
    const details = (r: (typeof rows)[number]) => ({
      sequence: r.sequence,
      ruleId: r.ruleId,
      channel: r.channel,
      feeCents: r.feeCents,
      interestCents: r.interestCents,
      compensationCents: r.compensationCents,
      ...(r.interestMissing.length > 0 ? { interestMissing: r.interestMissing } : {}),
      openCents: r.openCents,
      newDueDate: r.newDueDate,
      dispatchId: r.dispatchId,
    });
    await tx.insert(reminderEvents).values(
      rows.map((r) => ({
        organizationId: r.organizationId,
        ruleId: r.ruleId,
        invoiceId: r.invoiceId,
        reminderId: r.id,
        kind: "created",
        params: details(r),
        at: now,
      })),
    );
    // The invoice's history shows the reminder, like every other step of the invoice.
    await tx.insert(auditLog).values(
      rows.map((r) => ({
        at: now,
        actorUserId: null,
        organizationId: r.organizationId,
        action: "reminder.created",
        entityType: "invoice",
        entityId: r.invoiceId,
        after: details(r),
      })),
    );
    return rows.map((r) => r.dispatchId);
  });
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
  const left = queued.filter(({ id }) => !alreadyEnqueued.has(id));
  for (const { id } of left) await ctx.jobs.send(dispatchInvoice, { dispatchId: id }, { singletonKey: id });
  return left.length;
}

/**
 * A reminder whose late interest needs a reference rate not yet entered never goes silently: held
 * or sent without interest (the company's choice), the platform administrators and the company's
 * reminder admins are told, once a day per company and half-years.
 */
async function noticeMissingRates(ctx: JobContext, today: string, planned: PlannedReminder[], held: HeldReminder[]) {
  const groups = new Map<string, { organizationId: string; outcome: "held" | "flagged"; missing: HeldReminder["missing"]; count: number }>();
  const add = (organizationId: string, outcome: "held" | "flagged", missing: HeldReminder["missing"]) => {
    const key = `${organizationId}:${outcome}:${missing.map((m) => m.from).join(",")}`;
    const group = groups.get(key) ?? { organizationId, outcome, missing, count: 0 };
    group.count += 1;
    groups.set(key, group);
  };
  for (const h of held) add(h.candidate.organizationId, "held", h.missing);
  for (const p of planned) if (p.plan.interestMissing.length > 0) add(p.candidate.organizationId, "flagged", p.plan.interestMissing);
  if (groups.size === 0) return;
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    for (const g of groups.values()) {
      await noticeMissingRate(tx, { now, today, missing: g.missing, organizationId: g.organizationId, outcome: g.outcome, invoiceCount: g.count });
    }
  });
  ctx.logger.warn({ runDate: today, groups: [...groups.values()].map((g) => ({ ...g, missing: g.missing.map((m) => m.from) })) }, "reference rate missing");
}
