import { createDb, isPostgresUrl, migrate, STARTUP_LOCKS, surviveLostConnections, underStartupLock } from "@reskontra/db";
import { createWorkerLogger } from "./logger";
import { isRenderThread, serveRenderThread } from "./dispatch/render-pool";
import { startWorker } from "./worker";

// A PDF render thread runs this same file (dispatch/render-pool.ts): one bundle, nothing more to build or find.
if (isRenderThread()) serveRenderThread();
else await main();

async function main() {
  // The worker as its own process, for PostgreSQL deployments. On PGlite it runs beside the api in the
  // one process that system/ starts, since the embedded database cannot be opened twice.
  const url = process.env.DATABASE_URL;
  if (!url || !isPostgresUrl(url)) {
    process.stderr.write(
      "The standalone worker needs DATABASE_URL=postgres://…; on the embedded database `pnpm start` runs it with the api.\n",
    );
    process.exit(2);
  }
  const logger = createWorkerLogger();
  surviveLostConnections(logger);
  // Up to 50 dispatches in flight (BULK_DELIVERY): 8 connections keep them from queueing for one.
  const database = await createDb(url, { max: 8 });
  // Several instances starting together take turns here (an advisory lock); the line says how long this one waited and worked.
  const migrateStarted = Date.now();
  await migrate(database);
  logger.info({ ms: Date.now() - migrateStarted }, "database migrated");
  // pg-boss creates its queues at start; instances doing that at once deadlock in PostgreSQL, so they take turns.
  const worker = await underStartupLock(database, STARTUP_LOCKS.jobQueues, () =>
    // The render threads run the file this process was started with (dist/main.js).
    startWorker({ database, url, clock: () => new Date(), logger, renderThreadEntry: process.argv[1] }),
  );
  logger.info(
    {
      smtp: worker.config.smtpUrl ? "configured" : "none",
      supportMailReceiver: worker.receiver?.url ?? "off (set INBOUND_SMTP_PORT)",
      renderThreads: worker.renderThreads(),
    },
    "worker started",
  );

  let stopping = false;
  async function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "worker stopping");
    await worker.stop();
    await database.close();
    process.exit(0);
  }
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}
