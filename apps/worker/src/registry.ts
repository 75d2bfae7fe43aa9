import { toHelsinkiWallClock } from "@reskontra/domain";
import { checkRecordedEvents, refreshVisibleClients, settleDueOrganizers } from "@reskontra/usecases/vouchers";
import {
  checkVoucherEvents,
  cleanExpiredSessions,
  deadlineCheck,
  dispatchInvoice,
  refreshVoucherVisibility,
  runReminders,
  sendMail,
  settleVoucherMonth,
  supportProcessInboundMail,
  supportSweepInboundMail,
  sweepOutbox,
  sweepLateCallbacks,
  supportSlaSweep,
  ticketVoucherReports,
  sweepReferenceRates,
  type JobDefinition,
  type JobPayload,
} from "@reskontra/jobs";
import { cleanExpiredSessions as removeExpiredSessions } from "./auth/clean-expired-sessions";
import { deadlineCheckJob } from "./invoices/deadline-check";
import { dispatchJobs } from "./dispatch/dispatch-job";
import { sweepOutboxJob } from "./invoices/sweep-outbox";
import type { JobContext } from "./jobs/job-context";
import { asError, BATCH_SIZE, type FetchOptions, type JobOutcome } from "./jobs/work-each";
import { sendOutgoingMailJob } from "./mail/send-outgoing-mail";
import { runRemindersJob } from "./reminders/run-reminders";
import { sweepLateCallbacksJob } from "./support/phone-late-callbacks";
import { slaSweepJob } from "./support/reports-sla-sweep";
import { ticketVoucherReportsJob } from "./support/tickets-voucher-reports";
import { processInboundMailJob, sweepInboundMailJob } from "./support/mail-inbound";
import { sweepReferenceRatesJob } from "./reminders/reference-rate-sweep";

export interface JobHandler {
  job: JobDefinition;
  /** Jobs taken per fetch; whole-run jobs take one at a time, as one run covers everything. */
  batchSize: number;
  /** Polling and fetch loops, for queues that carry bulk work (dispatches after a reminder run). */
  fetch?: Omit<FetchOptions, "batchSize">;
  /** Handles a fetched batch; an outcome per payload, in order, an Error failing that job alone. */
  handleBatch: (ctx: JobContext, payloads: readonly unknown[]) => Promise<readonly JobOutcome[]>;
}

/** A handler that takes its jobs one at a time (side by side within a batch). */
function on<D extends JobDefinition>(
  job: D,
  handle: (ctx: JobContext, payload: JobPayload<D>) => Promise<unknown>,
  options: FetchOptions = {},
): JobHandler {
  return onBatch(
    job,
    (ctx, payloads) => Promise.all(payloads.map((payload) => handle(ctx, payload).catch((error: unknown) => asError(error)))),
    options,
  );
}

/** A handler that takes the whole batch at once, for work that is cheaper per batch than per job. */
function onBatch<D extends JobDefinition>(
  job: D,
  handleBatch: (ctx: JobContext, payloads: readonly JobPayload<D>[]) => Promise<readonly JobOutcome[]>,
  options: FetchOptions = {},
): JobHandler {
  const { batchSize = BATCH_SIZE, ...fetch } = options;
  return {
    job,
    batchSize,
    fetch,
    // The payloads have been parsed with job.schema by the time they arrive here.
    handleBatch: (ctx, payloads) => handleBatch(ctx, payloads as readonly JobPayload<D>[]),
  };
}

const WHOLE_RUN = { batchSize: 1 };

/**
 * Dispatches arrive by the hundred thousand after a reminder run: two fetch loops each take a batch
 * of 25 (one renders while the other waits on its mail), and a full batch is followed at once — pg-boss
 * 10 slept out the polling interval after every batch, which capped two loops at 100 deliveries/s
 * (patches/pg-boss). An empty queue is polled every half second, not pg-boss's 2 s. The batch shares
 * its database work (dispatch/dispatch-job.ts); each dispatch stays its own job, so it is retried,
 * claimed and delivered exactly once on its own. Measured in the delivery bench: a third loop gains
 * nothing on two cores. What a killed worker held goes back to the queue by the heartbeat.
 */
export const BULK_DELIVERY: FetchOptions = { batchSize: 25, pollingIntervalSeconds: 0.5, workers: 2 };

/** Every job the worker handles, each definition from @reskontra/jobs mapped to its handler. */
export const registry: readonly JobHandler[] = [
  on(
    cleanExpiredSessions,
    async (ctx) => {
      const removed = await removeExpiredSessions(ctx.db, ctx.clock());
      ctx.logger.info({ removed }, "expired sessions removed");
    },
    WHOLE_RUN,
  ),
  onBatch(
    dispatchInvoice,
    (ctx, payloads) =>
      dispatchJobs(
        ctx,
        payloads.map((p) => p.dispatchId),
      ),
    BULK_DELIVERY,
  ),
  on(sendMail, (ctx, { mailId }) => sendOutgoingMailJob(ctx, mailId)),
  on(sweepOutbox, (ctx) => sweepOutboxJob(ctx)),
  on(deadlineCheck, (ctx) => deadlineCheckJob(ctx)),
  on(runReminders, (ctx, { organizationId }) => runRemindersJob(ctx, { organizationId })),
  on(
    checkVoucherEvents,
    async (ctx) => {
      const result = await checkRecordedEvents(ctx);
      ctx.logger.info(result, "voucher events checked");
    },
    WHOLE_RUN,
  ),
  on(
    settleVoucherMonth,
    async (ctx) => {
      const settled = await settleDueOrganizers(ctx);
      for (const s of settled) {
        ctx.logger.info(
          { organizationId: s.organizationId, period: s.period, created: s.created, providers: s.lines.length },
          "voucher settlement run",
        );
      }
    },
    WHOLE_RUN,
  ),
  on(
    refreshVoucherVisibility,
    async (ctx) => {
      const { rows } = await refreshVisibleClients(ctx, { today: toHelsinkiWallClock(ctx.clock().getTime()).date });
      ctx.logger.info({ rows }, "voucher visibility refreshed");
    },
    WHOLE_RUN,
  ),
  on(
    sweepLateCallbacks,
    async (ctx) => {
      await sweepLateCallbacksJob(ctx);
    },
    WHOLE_RUN,
  ),
  on(supportSlaSweep, (ctx) => slaSweepJob(ctx), WHOLE_RUN),
  on(ticketVoucherReports, (ctx) => ticketVoucherReportsJob(ctx), WHOLE_RUN),
  on(supportProcessInboundMail, (ctx, { inboundMailId }) => processInboundMailJob(ctx, inboundMailId)),
  on(supportSweepInboundMail, (ctx) => sweepInboundMailJob(ctx), WHOLE_RUN),
  on(sweepReferenceRates, (ctx) => sweepReferenceRatesJob(ctx), WHOLE_RUN),
];
