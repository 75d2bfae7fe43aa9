import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startWorker, type RunningWorker } from "@reskontra/worker";
import { startMailCatcher } from "@reskontra/worker/documents";
import pino from "pino";
import { loadConfig } from "../config";
import { buildServer } from "../http/server";
import type { SeededDemo } from "../seed/seed-demo";
import { demoWithQueueTemplate } from "./demo-templates";

export interface TestServer {
  url: string;
  database: TestDatabase;
  worker: RunningWorker;
  demo: SeededDemo;
  /** Where the local SMTP server stores what the system sent (read with readCaughtMail). */
  mailDir: string;
  printOutboxDir: string;
  einvoiceOutboxDir: string;
  close(): Promise<void>;
}

/** The whole system as `pnpm start` runs it (api + worker + built web), on a copy of the seeded demo database and a free port. */
export async function startTestServer(options: { clock?: () => Date } = {}): Promise<TestServer> {
  const database = await createTestDatabase(demoWithQueueTemplate);
  const clock = options.clock ?? (() => new Date());
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const dir = await mkdtemp(path.join(os.tmpdir(), "reskontra-e2e-"));
  const mailDir = path.join(dir, "mail");
  const printOutboxDir = path.join(dir, "print");
  const einvoiceOutboxDir = path.join(dir, "einvoice");
  const catcher = await startMailCatcher({ port: 0, host: "127.0.0.1", dir: mailDir });
  const worker = await startWorker({
    database,
    url: database.url,
    clock,
    logger,
    config: { smtpUrl: catcher.url, printOutboxDir, einvoiceOutboxDir },
  });
  const demo = database.prepared;
  const app = await buildServer({
    deps: { db: database.db, clock, jobs: worker.jobs, logger },
    webDist: loadConfig({}).webDist,
    cookieSecure: "false",
  });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    url,
    database,
    worker,
    demo,
    mailDir,
    printOutboxDir,
    einvoiceOutboxDir,
    async close() {
      await app.close();
      await worker.stop();
      await database.dispose();
      await catcher.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
