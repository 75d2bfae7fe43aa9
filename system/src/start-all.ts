import { mkdirSync } from "node:fs";
import path from "node:path";
import {
  closeOnSignals,
  createLogger,
  loadConfig,
  seedDemoOnStart,
  startApi,
  startHetuKeysOrExit,
  startupBanner,
} from "@reskontra/api";
import { createDb, migrate, surviveLostConnections } from "@reskontra/db";
import { isRenderThread, serveRenderThread, startWorker } from "@reskontra/worker";
import { startMailCatcher } from "@reskontra/mail";

// `pnpm start`: api and worker in one process. Embedded PGlite is a single in-process database, so
// the worker must share this process to share it; on PostgreSQL it is simply the easy way to run all.
/** SMTP_URL may carry credentials; the banner shows where mail goes, not the password. */
function withoutPassword(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return url;
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

// A PDF render thread of the worker runs this same file (worker/src/dispatch/render-pool.ts).
if (isRenderThread()) serveRenderThread();
else await main();

async function main() {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL });
  // A lost database connection is logged and survived; any other uncaught error ends the process (see the policy).
  surviveLostConnections(logger);
  const clock = () => new Date();
  mkdirSync(config.DATA_DIR, { recursive: true });

  // Without SMTP_URL, a real SMTP server of our own catches every message into data/mail, so nothing
  // leaves the machine in development and every mail can still be read.
  const mailDir = path.join(config.DATA_DIR, "mail");
  const catcher = config.SMTP_URL
    ? null
    : await startMailCatcher({ port: config.SMTP_CATCHER_PORT, host: "127.0.0.1", dir: mailDir });
  const smtpUrl = config.SMTP_URL ?? catcher?.url ?? null;

  const database = await createDb(config.DATABASE_URL);
  await migrate(database);
  // Before anything reads or writes an identity code; on a first start without VOUCHER_HETU_KEY this makes the data folder's key.
  const hetuKey = await startHetuKeysOrExit({ env: process.env, dataDir: config.DATA_DIR, db: database.db, mayGenerate: true });
  const worker = await startWorker({
    database,
    url: config.DATABASE_URL,
    clock,
    logger,
    config: { smtpUrl, publicUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}` },
    // The render threads run the file this process was started with (dist/start-all.js).
    renderThreadEntry: process.argv[1],
  });
  // The catcher also receives mail for the support mailboxes (asiakaspalvelu@…, info@…) and hands it to
  // the support desk's inbound path, as the production receiver (INBOUND_SMTP_PORT) does.
  catcher?.setInbound(worker.inboundMail);
  if (worker.receiver) logger.info({ url: worker.receiver.url }, "support mail receiver listening");
  const demo = config.SEED_DEMO === "true" ? await seedDemoOnStart(database.db, config.DATA_DIR, clock()) : null;
  const publicUrl = (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, "");
  const api = await startApi({ db: database.db, clock, jobs: worker.jobs, logger, publicUrl }, config);

  process.stdout.write(
    startupBanner(config, {
      address: api.address,
      worker: "in this process",
      mail: catcher
        ? `caught by the local SMTP server ${catcher.url}, one .eml file per message in ${mailDir}`
        : withoutPassword(config.SMTP_URL),
      demo,
      hetuKey,
    }),
  );

  closeOnSignals(logger, async () => {
    await api.close();
    await worker.stop();
    await database.close();
    await catcher?.close();
  });
}
