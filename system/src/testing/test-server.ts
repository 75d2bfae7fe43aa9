import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadConfig, startApi, type SeededDemo } from "@reskontra/api";
import { startWorker, type RunningWorker } from "@reskontra/worker";
import { startMailCatcher } from "@reskontra/mail";
import pino from "pino";
import { demoWithQueueTemplate } from "@reskontra/api/testing";

export interface TestServer {
  url: string;
  database: TestDatabase;
  worker: RunningWorker;
  demo: SeededDemo;
  /** The local SMTP server: catches what the system sends, and takes mail for the support mailboxes. */
  smtpUrl: string;
  /** Where the local SMTP server stores what the system sent (read with readCaughtMail). */
  mailDir: string;
  printOutboxDir: string;
  einvoiceOutboxDir: string;
  close(): Promise<void>;
}

interface SignInAid {
  clock: () => Date;
  /** Forgets the person's last used TOTP step, so a code of the server's (frozen) now is taken again. */
  forgetUsedCode(email: string): Promise<void>;
}
const signInAids = new Map<string, SignInAid>();

/**
 * What the e2e sign-in needs of a test server at `url`: its clock, which may stand still at a
 * business instant (a TOTP code is then the code of that instant), and a way to let the same code's
 * step be used again, since tests sign the same person in several times at one frozen instant.
 */
export function signInAidOf(url: string): SignInAid | undefined {
  return signInAids.get(url);
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
  catcher.setInbound(worker.inboundMail);
  const demo = database.prepared;
  const api = await startApi(
    { db: database.db, clock, jobs: worker.jobs, logger },
    { PORT: 0, HOST: "127.0.0.1", COOKIE_SECURE: "false", webDist: loadConfig({}).webDist },
  );
  signInAids.set(api.address, {
    clock,
    async forgetUsedCode(email) {
      await database.executeSql(
        "update second_factors set last_used_step = null where user_id in (select id from users where lower(email) = lower($1))",
        [email],
      );
    },
  });
  return {
    url: api.address,
    database,
    worker,
    demo,
    smtpUrl: catcher.url,
    mailDir,
    printOutboxDir,
    einvoiceOutboxDir,
    async close() {
      signInAids.delete(api.address);
      await api.close();
      await worker.stop();
      await database.dispose();
      await catcher.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
