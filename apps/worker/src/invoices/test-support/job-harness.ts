import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Db } from "@reskontra/db";
import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { afterAll, beforeAll } from "vitest";
import pino from "pino";
import { createMailer, readCaughtMail, startMailCatcher, type CaughtMail, type MailCatcher, type Mailer } from "@reskontra/mail";
import type { WorkerConfig } from "../../config";
import type { JobDefinition, JobQueue, SendOptions } from "@reskontra/jobs";
import type { JobContext } from "../../jobs/job-context";

/** Test-only: real folders, a real SMTP server and a queue that records what handlers enqueue. */

export interface SentJob {
  name: string;
  payload: unknown;
  options: SendOptions | undefined;
}

/** Stands in for pg-boss where a test calls handlers directly: it records, and the test runs the handler. */
export function recordingQueue(): JobQueue & { sent: SentJob[] } {
  const sent: SentJob[] = [];
  return {
    sent,
    async send(definition: JobDefinition, payload: unknown, options?: SendOptions) {
      sent.push({ name: definition.name, payload, options });
      return `job-${sent.length}`;
    },
    async sendMany(definition: JobDefinition, jobs: readonly { payload: unknown; options?: SendOptions }[]) {
      for (const job of jobs) sent.push({ name: definition.name, payload: job.payload, options: job.options });
      return jobs.length;
    },
  };
}

export interface Harness {
  root: string;
  mailDir: string;
  catcher: MailCatcher;
  mailer: Mailer;
  config: WorkerConfig;
  caught(): Promise<CaughtMail[]>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const root = await mkdtemp(path.join(os.tmpdir(), "reskontra-dispatch-"));
  const mailDir = path.join(root, "mail");
  const catcher = await startMailCatcher({ port: 0, dir: mailDir });
  const mailer = createMailer(catcher.url);
  const config: WorkerConfig = {
    smtpUrl: catcher.url,
    invoiceMailFrom: "laskut@reskontra.fi",
    customerServiceEmail: "asiakaspalvelu@reskontra.fi",
    printOutboxDir: path.join(root, "outbox", "print"),
    printServiceUrl: null,
    einvoiceOutboxDir: path.join(root, "outbox", "einvoice"),
    einvoiceOperatorUrl: null,
    einvoiceOperatorToken: null,
    publicUrl: "https://reskontra.test",
    inboundSmtpPort: null,
    inboundSmtpHost: "127.0.0.1",
    // Tests that want render threads pass renderThreadEntry to startWorker (dispatch/render-pool.int.test.ts).
    renderThreads: 1,
  };
  return {
    root,
    mailDir,
    catcher,
    mailer,
    config,
    caught: () => readCaughtMail(mailDir),
    async close() {
      mailer.close();
      await catcher.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** A movable clock: tests step time forward to pass a lease. */
export function testClock(start: Date): { now: () => Date; advance(ms: number): void } {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms) {
      current += ms;
    },
  };
}

export function jobContext(db: Db, harness: Harness, overrides: Partial<JobContext> = {}): JobContext {
  return {
    db,
    clock: () => new Date("2026-11-09T10:00:00Z"),
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
    config: harness.config,
    jobs: recordingQueue(),
    mailer: harness.mailer,
    ...overrides,
  };
}

/** A fault hook that throws once at the named step, as a crash there would. */
export function crashOnceAt(step: string): { at(step: string): void } {
  let armed = true;
  return {
    at(current) {
      if (armed && current === step) {
        armed = false;
        throw new Error(`injected crash at ${step}`);
      }
    },
  };
}

/**
 * A test file's own migrated database and SMTP harness, made before its first test and closed after its
 * last. Read `env.database` and `env.harness` inside the tests (they are set once beforeAll has run).
 */
export function useWorkerTestEnvironment(): { database: TestDatabase; harness: Harness } {
  const env = {} as { database: TestDatabase; harness: Harness };
  beforeAll(async () => {
    env.database = await createTestDatabase();
    env.harness = await startHarness();
  });
  afterAll(async () => {
    await env.harness?.close();
    await env.database?.dispose();
  });
  return env;
}
