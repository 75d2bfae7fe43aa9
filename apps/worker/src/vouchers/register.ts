import type { Db } from "@reskontra/db";
import { toHelsinkiWallClock } from "@reskontra/domain";
import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import { checkRecordedEvents } from "./check-events";
import { checkVoucherEvents, refreshVoucherVisibility, settleVoucherMonth, voucherJobs } from "./jobs";
import { refreshVisibleClients } from "./refresh-visible-clients";
import { settleDueOrganizers } from "./settle-due";

export interface VoucherJobDeps {
  db: Db;
  clock: () => Date;
  logger: Logger;
}

const HELSINKI = "Europe/Helsinki";

/**
 * Creates the voucher queues, and unless `handlers` is false registers their handlers and cron
 * schedules. Both handlers are idempotent whole-batch runs, so a retry or a double schedule is safe.
 */
export async function registerVoucherJobs(
  boss: PgBoss,
  deps: VoucherJobDeps,
  options: { handlers?: boolean } = {},
): Promise<void> {
  for (const job of voucherJobs) await boss.createQueue(job.name);
  if (options.handlers === false) return;
  await boss.work(checkVoucherEvents.name, async () => {
    const result = await checkRecordedEvents(deps.db, deps.clock());
    deps.logger.info(result, "voucher events checked");
  });
  await boss.work(settleVoucherMonth.name, async () => {
    const settled = await settleDueOrganizers(deps.db, deps.clock());
    for (const s of settled) {
      deps.logger.info(
        { organizationId: s.organizationId, period: s.period, created: s.created, providers: s.lines.length },
        "voucher settlement run",
      );
    }
  });
  await boss.work(refreshVoucherVisibility.name, async () => {
    const { rows } = await refreshVisibleClients(deps.db, toHelsinkiWallClock(deps.clock().getTime()).date);
    deps.logger.info({ rows }, "voucher visibility refreshed");
  });
  for (const job of voucherJobs) {
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: HELSINKI });
  }
}
