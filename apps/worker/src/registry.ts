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
import { dispatchJob } from "./dispatch/dispatch-job";
import { sweepOutboxJob } from "./invoices/sweep-outbox";
import type { JobContext } from "./jobs/job-context";
import { BATCH_SIZE, type FetchOptions } from "./jobs/work-each";
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
  handle: (ctx: JobContext, payload: unknown) => Promise<unknown>;
}

function on<D extends JobDefinition>(
  job: D,
  handle: (ctx: JobContext, payload: JobPayload<D>) => Promise<unknown>,
  options: FetchOptions = {},
): JobHandler {
  const { batchSize = BATCH_SIZE, ...fetch } = options;
  return {
    job,
    batchSize,
    fetch,
    // The payload has been parsed with job.schema by the time it arrives here.
    handle: (ctx, payload) => handle(ctx, payload as JobPayload<D>),
  };
}

const WHOLE_RUN = { batchSize: 1 };

/**
 * Dispatches arrive by the hundred thousand after a reminder run: two fetch loops each take a batch
 * (one starts the next batch while the other waits for its slowest job), a full batch is followed
 * at once, and an empty queue is polled every half second, not every 2 s (pg-boss's default capped
 * delivery at 5 per second). Each dispatch stays its own job, so it is retried, claimed and
 * delivered exactly once on its own. 25 a batch: with 10 the worker sat idle a third of the time
 * waiting on round trips (40 deliveries/s in the bench); with 25 it is busy rendering (55–60/s),
 * and 50 gains nothing more. What a killed worker held goes back to the queue by the heartbeat.
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
  on(dispatchInvoice, (ctx, { dispatchId }) => dispatchJob(ctx, dispatchId), BULK_DELIVERY),
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
