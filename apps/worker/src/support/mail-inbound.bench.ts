import { randomUUID } from "node:crypto";
import { supportLines, supportMailboxes, users } from "@reskontra/db";
import { afterLastBenchmark, createBenchDatabase, type BenchDatabase } from "@reskontra/db/testing";
import type { JobDefinition } from "@reskontra/jobs";
import { startMailReceiver, type MailReceiver } from "@reskontra/mail";
import { eq, sql } from "drizzle-orm";
import pino from "pino";
import { bench, describe } from "vitest";
import { resolveWorkerConfig } from "../config";
import type { JobContext } from "../jobs/job-context";
import { inboundMailHandler, processInboundMailJob } from "./mail-inbound";
import { sendRawSmtp } from "./mail-smtp-client";

/**
 * Inbound support mail to tickets on the real PostgreSQL: mails sent over real SMTP to the
 * receiver (a connection per mail, 16 at a time, as MTAs deliver), stored raw, then processed by
 * the job into tickets (parse, screen, thread lookup, ticket + message + identifiers + history +
 * audit). Baseline in the same run: the same rows written as bare SQL, no SMTP and no parsing.
 * Its own database, created and dropped here.
 */
const SERVER = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const BATCH = 200;
/**
 * Connections at once, as sending MTAs open them; smtp-server greets each connection only after
 * 100 ms (its guard against early talkers), so one connection alone tops out near 9 mails/s.
 */
const SMTP_CONNECTIONS = 16;
/** Job handlers at once (the worker's batch). */
const CONCURRENCY = 4;

let database: BenchDatabase | undefined;
let receiver: MailReceiver | undefined;
const queued: string[] = [];
let ctx: JobContext;
let lineId = "";
let run = 0;

async function prepare() {
  if (database) return;
  database = await createBenchDatabase(SERVER, "reskontra_bench_mail", { max: 8 });
  const [line] = await database.db.select().from(supportLines).where(eq(supportLines.code, "invoices"));
  if (!line) throw new Error("migration seeds the support lines");
  lineId = line.id;
  await database.db.insert(supportMailboxes).values({ address: "asiakaspalvelu@reskontra.fi", lineId });
  await database.db.insert(users).values({ email: "aino@asiakas.example", name: "Aino", passwordHash: "x" });
  ctx = {
    db: database.db,
    clock: () => new Date(),
    logger: pino({ level: "silent" }),
    config: resolveWorkerConfig({ smtpUrl: null }),
    jobs: {
      send(_job: JobDefinition, payload: unknown) {
        queued.push((payload as { inboundMailId: string }).inboundMailId);
        return Promise.resolve("job");
      },
    },
    mailer: null,
  };
  receiver = await startMailReceiver({ port: 0, inbound: inboundMailHandler(ctx) });
}

function mail(i: number): string {
  return [
    `From: Aino <${i % 2 === 0 ? "aino@asiakas.example" : `tuntematon${i}@muualla.example`}>`,
    "To: asiakaspalvelu@reskontra.fi",
    `Subject: Lasku ${1_000_000 + i} ei mennyt perille`,
    `Message-ID: <bench-${run}-${i}-${randomUUID()}@asiakas.example>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    `Hei,\r\nlaskuni ${1_000_000 + i} vastaanottaja sanoo, ettei lasku tullut. Asiakasnumero ${i}.\r\nTerveisin Aino`,
    "",
  ].join("\r\n");
}

async function inParallel(count: number, work: (i: number) => Promise<void>, lanes = CONCURRENCY) {
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < count) {
        const i = next;
        next += 1;
        await work(i);
      }
    }),
  );
}

const timings: Record<string, number[]> = {};
function record(name: string, ms: number) {
  (timings[name] ??= []).push(ms);
  const all = timings[name] ?? [];
  const mean = all.reduce((a, b) => a + b, 0) / all.length;
  console.log(
    `${name}: ${BATCH} mails in ${ms.toFixed(0)} ms = ${((BATCH / ms) * 1000).toFixed(0)} mails/s (mean so far ${((BATCH / mean) * 1000).toFixed(0)}/s)`,
  );
}

const dispose = afterLastBenchmark(2, async () => {
  const closing = database;
  database = undefined;
  await receiver?.close();
  await closing?.drop();
});

const options = { time: 0, iterations: 3, warmupTime: 0, warmupIterations: 1, setup: prepare, teardown: dispose };

describe(`inbound support mail → ticket, ${BATCH} mails per iteration (PostgreSQL)`, () => {
  bench(
    "over SMTP to the receiver, stored raw, then the job makes the ticket",
    async () => {
      run += 1;
      const started = performance.now();
      await inParallel(
        BATCH,
        async (i) => {
          const answer = await sendRawSmtp(
            receiver?.url ?? "",
            { from: "aino@asiakas.example", to: ["asiakaspalvelu@reskontra.fi"] },
            mail(i),
          );
          if (answer.code !== 250) throw new Error(`SMTP refused: ${answer.code} ${answer.message}`);
        },
        SMTP_CONNECTIONS,
      );
      const received = performance.now();
      console.log(`  of which SMTP receive + raw store: ${(received - started).toFixed(0)} ms`);
      const ids = queued.splice(0);
      await inParallel(ids.length, async (i) => {
        const outcome = await processInboundMailJob(ctx, ids[i] ?? "");
        if (outcome.status !== "ticketed") throw new Error(`not ticketed: ${JSON.stringify(outcome)}`);
      });
      record("smtp + job", performance.now() - started);
    },
    options,
  );

  bench(
    "baseline: the same rows as bare SQL (inbound mail, ticket, message, identifier, history, audit)",
    async () => {
      run += 1;
      const db = database?.db;
      if (!db) throw new Error("fixtures not prepared");
      const started = performance.now();
      await inParallel(BATCH, async (i) => {
        const raw = Buffer.from(mail(i));
        await db.transaction(async (tx) => {
          const key = `<bare-${run}-${i}-${randomUUID()}@asiakas.example>`;
          const now = sql`${new Date().toISOString()}::timestamptz`;
          await tx.execute(sql`WITH m AS (
              INSERT INTO support_inbound_mails (message_key, mailbox_address, from_address, subject, size_bytes, raw, received_at)
              VALUES (${key}, 'asiakaspalvelu@reskontra.fi', 'aino@asiakas.example', 'Lasku', ${raw.length}, ${raw}, ${now}) RETURNING id),
            t AS (
              INSERT INTO support_tickets (requester_email, channel, subject, description, category, line_id, created_at, updated_at)
              VALUES ('aino@asiakas.example', 'email', 'Lasku ei mennyt perille', ${raw.toString("utf8")}, 'invoices', ${lineId}, ${now}, ${now})
              RETURNING id),
            msg AS (
              INSERT INTO support_ticket_messages (ticket_id, kind, author_email, body, mail_message_id, created_at)
              SELECT t.id, 'customer', 'aino@asiakas.example', 'teksti', ${key}, ${now} FROM t RETURNING id),
            ident AS (INSERT INTO support_ticket_identifiers (ticket_id, kind, value) SELECT t.id, 'invoice_number', ${String(1_000_000 + i)} FROM t),
            ev AS (INSERT INTO support_ticket_events (ticket_id, at, action, status) SELECT t.id, ${now}, 'support.ticket.created', 'new' FROM t),
            au AS (INSERT INTO audit_log (at, action, entity_type, entity_id) SELECT ${now}, 'support.ticket.created', 'support_ticket', t.id::text FROM t)
            UPDATE support_inbound_mails SET status = 'ticketed', ticket_id = (SELECT id FROM t), processed_at = ${now}
            WHERE id = (SELECT id FROM m)`);
        });
      });
      record("bare SQL", performance.now() - started);
    },
    options,
  );
});
