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
import { BATCH_SIZE } from "./jobs/work-each";
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
  handle: (ctx: JobContext, payload: unknown) => Promise<unknown>;
}

function on<D extends JobDefinition>(
  job: D,
  handle: (ctx: JobContext, payload: JobPayload<D>) => Promise<unknown>,
  options: { batchSize?: number } = {},
): JobHandler {
  return {
    job,
    batchSize: options.batchSize ?? BATCH_SIZE,
    // The payload has been parsed with job.schema by the time it arrives here.
    handle: (ctx, payload) => handle(ctx, payload as JobPayload<D>),
  };
}

const WHOLE_RUN = { batchSize: 1 };

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
  on(dispatchInvoice, (ctx, { dispatchId }) => dispatchJob(ctx, dispatchId)),
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
