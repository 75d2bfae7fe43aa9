import { mkdirSync } from "node:fs";
import { createDb, isPostgresUrl, migrate } from "@reskontra/db";
import { startWorker } from "@reskontra/worker";
import { startMailCatcher } from "@reskontra/mail";
import path from "node:path";
import { loadConfig } from "./config";
import { buildServer } from "./http/server";
import { createLogger } from "./logger";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "./seed/demo-people";
import { ensureDemoToken } from "./seed/demo-token";
import { seedDemo } from "./seed/seed-demo";

const config = loadConfig();
const logger = createLogger({ level: config.LOG_LEVEL });
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
// PGlite is one in-process connection: the worker must live in this process to share it.
const withWorkerHandlers = process.argv.includes("--with-worker") || !isPostgresUrl(config.DATABASE_URL);
const worker = await startWorker(
  {
    database,
    url: config.DATABASE_URL,
    clock,
    logger,
    config: { smtpUrl, publicUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}` },
  },
  { handlers: withWorkerHandlers },
);

let demoTokenFile: string | null = null;
if (config.SEED_DEMO === "true") {
  const seeded = await seedDemo(database.db);
  const agentId = seeded.userIds["agentti@demo.reskontra.fi"];
  if (agentId) demoTokenFile = await ensureDemoToken(database.db, config.DATA_DIR, agentId, clock());
}

const app = await buildServer({
  deps: { db: database.db, clock, jobs: worker.jobs, logger },
  webDist: config.webDist,
  cookieSecure: config.COOKIE_SECURE,
});
const address = await app.listen({ port: config.PORT, host: config.HOST });

const lines = [
  "",
  `Reskontra is running at ${config.PUBLIC_URL ?? address.replace("127.0.0.1", "localhost")}`,
  `Database: ${isPostgresUrl(config.DATABASE_URL) ? "PostgreSQL" : `embedded PGlite (${config.DATABASE_URL})`}; worker ${withWorkerHandlers ? "in this process" : "separate"}`,
  catcher ? `Mail: caught by the local SMTP server ${catcher.url}, one .eml file per message in ${mailDir}` : `Mail: ${smtpUrl}`,
];
if (config.SEED_DEMO === "true") {
  lines.push(`Demo logins (password "${DEMO_PASSWORD}"):`);
  for (const p of DEMO_PEOPLE) lines.push(`  ${p.email.padEnd(36)} ${p.what}`);
  if (demoTokenFile) lines.push(`CLI: pnpm reskontra whoami   (API token in ${demoTokenFile})`);
}
process.stdout.write(`${lines.join("\n")}\n\n`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  await app.close();
  await worker.stop();
  await database.close();
  await catcher?.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
