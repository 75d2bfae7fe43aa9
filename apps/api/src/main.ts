import { existsSync, mkdirSync } from "node:fs";
import { createDb, isPostgresUrl, migrate, STARTUP_LOCKS, surviveLostConnections, underStartupLock } from "@reskontra/db";
import { closeOnSignals } from "./close-on-signals";
import { loadConfig } from "./config";
import { createLogger } from "./logger";
import { seedDemoOnStart } from "./seed/seed-on-start";
import { startApi } from "./start-api";
import { startJobQueue } from "@reskontra/jobs";
import { startupBanner } from "./startup-banner";
import { exitWithoutHetuKey, startHetuKeysOrExit } from "./vouchers/hetu-key-startup";

// The api as its own process, for PostgreSQL deployments: it only enqueues jobs and the worker runs
// them in a process of its own. PGlite is one in-process database that two processes cannot share.
const config = loadConfig();
if (!isPostgresUrl(config.DATABASE_URL)) {
  process.stderr.write(
    "The api alone needs DATABASE_URL=postgres://…; on the embedded database `pnpm start` runs the api and the worker in one process.\n",
  );
  process.exit(2);
}
exitWithoutHetuKey(process.env, config.DATA_DIR);
const logger = createLogger({ level: config.LOG_LEVEL });
surviveLostConnections(logger);
const clock = () => new Date();
mkdirSync(config.DATA_DIR, { recursive: true });

const database = await createDb(config.DATABASE_URL);
// Several instances starting together take turns here (an advisory lock); the line says how long this one waited and worked.
const migrateStarted = Date.now();
await migrate(database);
logger.info({ ms: Date.now() - migrateStarted }, "database migrated");
// VOUCHER_HETU_KEY, or a key file that `pnpm start` made; never a key of its own (hetu-key-startup.ts).
const hetuKey = await startHetuKeysOrExit({ env: process.env, dataDir: config.DATA_DIR, db: database.db, mayGenerate: false });
// pg-boss creates its queues at start; instances doing that at once deadlock in PostgreSQL, so they take turns.
const queue = await underStartupLock(database, STARTUP_LOCKS.jobQueues, () =>
  startJobQueue({ database, url: config.DATABASE_URL, logger }),
);
// Several api instances may start at once: one seeds, the others then find the demo data there.
const demo =
  config.SEED_DEMO === "true"
    ? await underStartupLock(database, STARTUP_LOCKS.demoSeed, () => seedDemoOnStart(database.db, config.DATA_DIR, clock()))
    : null;
if (!existsSync(config.webDist)) {
  process.stderr.write(
    `The web app is not built (${config.webDist}): serving the API only. \`pnpm start:api\` builds it first.\n`,
  );
}
const publicUrl = (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, "");
const api = await startApi({ db: database.db, clock, jobs: queue.jobs, logger, publicUrl }, config);

process.stdout.write(
  startupBanner(config, {
    address: api.address,
    worker: "separate",
    demo,
    hetuKey,
  }),
);

closeOnSignals(logger, async () => {
  await api.close();
  await queue.stop();
  await database.close();
});
