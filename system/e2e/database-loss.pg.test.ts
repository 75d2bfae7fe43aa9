import { spawn, type ChildProcess } from "node:child_process";
import { builtEntry } from "../src/testing/built-apps";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoTotpCode } from "@reskontra/api/testing";
import { readCaughtMail } from "../src/testing";

// `pnpm start` (api + worker in one process) on its own PostgreSQL database, while every backend the
// process holds is terminated (pg_terminate_backend: what a restart, a failover or an idle reaper
// does to it) during invoice dispatch and during a reminder run. The process must stay up, answer
// requests made during the outage with 503 and Retry-After instead of 500, become ready again, and
// in the end have sent every invoice and reminder exactly once. PGlite has no backends to terminate,
// so this runs on PostgreSQL in both suites: TEST_DATABASE_URL, or the local server if it answers.

const SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const INVOICES = 20;
const TERMINATIONS_DURING_DISPATCH = 3;
const USER = "ville.virtanen@demo.reskontra.fi";
const AGENT = "agentti@demo.reskontra.fi";
const ADMIN = "paakayttaja@demo.reskontra.fi";
const MAIJA_EMAIL = "maija.meikalainen@example.fi";
/** Maija's demo invoice, due 29.9.2026 and unpaid (seed-reminders.ts): the reminder run must remind it once. */
const OVERDUE = "1001029001";

async function serverAnswers(): Promise<boolean> {
  const probe = postgres(SERVER_URL, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await probe`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await probe.end({ timeout: 1 }).catch(() => undefined);
  }
}

const hasPostgres = await serverAnswers();
if (!hasPostgres) {
  // A skip in CI would pass without checking anything.
  if (!["", "0", "false"].includes(process.env.CI ?? "")) {
    throw new Error(
      `database-loss: no PostgreSQL at ${SERVER_URL}, and CI must run this test. Start it or set TEST_DATABASE_URL.`,
    );
  }
  console.warn(
    `database-loss: skipped — no PostgreSQL answers at ${SERVER_URL} (set TEST_DATABASE_URL or start the local server).`,
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface Answer {
  status: number;
  headers: Headers;
  body: { result?: { data?: { json?: unknown } }; error?: { json?: { message?: string; data?: { appCode?: string } } } };
}

describe.skipIf(!hasPostgres)("losing every database connection during dispatch and a reminder run", () => {
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  // Named like the suite's own databases, so a run killed before afterAll is swept by a later one.
  const dbName = `rsk_t_${Math.floor(Date.now() / 1000).toString(36)}_dbloss${randomBytes(3).toString("hex")}`;
  let dir = "";
  let base = "";
  let child: ChildProcess | undefined;
  const logLines: string[] = [];

  beforeAll(async () => {
    await admin.unsafe(`CREATE DATABASE ${dbName}`);
    dir = await mkdtemp(path.join(os.tmpdir(), "reskontra-dbloss-"));
    const [port, smtpPort] = [await freePort(), await freePort()];
    const url = new URL(SERVER_URL);
    url.pathname = `/${dbName}`;
    base = `http://127.0.0.1:${port}`;
    // Without SMTP_URL the system catches its mail into DATA_DIR/mail, where the test counts it.
    const { SMTP_URL: _smtp, ...env } = process.env;
    // `pnpm start`'s process: the system's built start-all.js (built here first when a source is newer).
    const entry = await builtEntry("system");
    child = spawn(process.execPath, ["--enable-source-maps", entry], {
      env: {
        ...env,
        DATABASE_URL: url.toString(),
        DATA_DIR: dir,
        PORT: String(port),
        HOST: "127.0.0.1",
        SMTP_CATCHER_PORT: String(smtpPort),
        SEED_DEMO: "true",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let rest = "";
    const collect = (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split("\n");
      rest = lines.pop() ?? "";
      logLines.push(...lines);
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline && child.exitCode === null) {
      const answer = await fetch(`${base}/health/ready`).catch(() => null);
      if (answer?.status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`the system did not become ready:\n${logLines.slice(-20).join("\n")}`);
  }, 120_000);

  afterAll(async () => {
    // DBLOSS_LOG=<file> keeps the system's log and the caught mails' subjects for a look after a failure.
    if (process.env.DBLOSS_LOG) {
      const subjects = (await readCaughtMail(path.join(dir, "mail")).catch(() => [])).map(
        (m) => `MAIL ${m.to.join(",")} ${m.subject}`,
      );
      await writeFile(process.env.DBLOSS_LOG, [...logLines, ...subjects].join("\n"));
    }
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    await admin.unsafe(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function call(cookie: string, kind: "query" | "mutation", procedure: string, input?: unknown): Promise<Answer> {
    const answer =
      kind === "mutation"
        ? await fetch(`${base}/trpc/${procedure}`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie },
            body: JSON.stringify({ json: input }),
          })
        : await fetch(`${base}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, {
            headers: { cookie },
          });
    return { status: answer.status, headers: answer.headers, body: (await answer.json()) as Answer["body"] };
  }

  function data<T>(answer: Answer): T {
    if (answer.status !== 200) throw new Error(`HTTP ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body.result?.data?.json as T;
  }

  /** Password, then — for the roles that need it (the agent) — the demo secret's code, as the login form does. */
  async function signIn(email: string): Promise<string> {
    const login = await fetch(`${base}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { email, password: "demo-salasana" } }),
    });
    const session = (answer: Response) => answer.headers.getSetCookie().find((c) => c.startsWith("rsk_session="));
    let cookie = session(login);
    if (!cookie) {
      const challenge = login.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const verified = await fetch(`${base}/trpc/auth.verifySecondFactor`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: challenge },
        body: JSON.stringify({ json: { code: demoTotpCode(new Date()) } }),
      });
      cookie = session(verified);
    }
    if (!cookie) throw new Error(`${email} could not sign in: HTTP ${login.status}`);
    return cookie.split(";")[0] ?? "";
  }

  async function terminateBackends(): Promise<number> {
    const rows = await admin.unsafe(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${dbName}' and pid <> pg_backend_pid()`,
    );
    return rows.length;
  }

  it("stays up, answers 503 meanwhile, becomes ready again and sends everything exactly once", async () => {
    const ville = await signIn(USER);
    const me = data<{ memberships: { organizationId: string; role: string }[] }>(await call(ville, "query", "auth.whoami"));
    const organizationId = me.memberships.find((m) => m.role === "user")?.organizationId ?? "";
    const customers = data<{ id: string; customerNumber: string }[]>(
      await call(ville, "query", "customers.list", { organizationId }),
    );
    const maija = customers.find((c) => c.customerNumber === "1");
    if (!maija) throw new Error("demo customer missing");
    const invoiceIds = await Promise.all(
      Array.from({ length: INVOICES }, async (_, i) => {
        const draft = data<{ id: string }>(
          await call(ville, "mutation", "invoices.create", {
            organizationId,
            customerId: maija.id,
            issueDate: "2026-12-01",
            paymentTermsDays: 14,
            deliveryMethod: "email",
            rows: [{ description: `Kotisiivous ${i + 1}`, quantity: 1, unit: "h", unitPriceCents: 4000, vatRatePercent: 25.5 }],
          }),
        );
        data(await call(ville, "mutation", "invoices.submit", { invoiceId: draft.id }));
        return draft.id;
      }),
    );

    // Every send is accepted before the outage: the queued dispatches are what the outage must not lose or double.
    const agent = await signIn(AGENT);
    const invoiceNumbers = await Promise.all(
      invoiceIds.map(async (invoiceId) => {
        data(await call(agent, "mutation", "invoices.send", { invoiceId }));
        const detail = data<{ invoice: { invoiceNumber: string } }>(await call(agent, "query", "invoices.get", { invoiceId }));
        return detail.invoice.invoiceNumber;
      }),
    );

    const owner = await signIn(ADMIN);
    data(await call(owner, "mutation", "reminders.activate", { organizationId, confirmedTransactionFeeCents: 25 }));

    const statuses: number[] = [];
    const unavailable: Answer[] = [];
    const readiness: number[] = [];
    let terminated = 0;
    let terminations = 0;
    let lastOutageAt = 0;
    async function outage() {
      terminated += await terminateBackends();
      terminations++;
      lastOutageAt = Date.now();
      // Requests made at once meet the dead connections: each must be a 503 with advice, or a success.
      const [ready, ...answers] = await Promise.all([
        fetch(`${base}/health/ready`),
        call(agent, "query", "invoices.unsent"),
        call(ville, "query", "invoices.mine", { organizationId }),
        call(agent, "query", "auth.whoami"),
      ]);
      readiness.push(ready.status);
      for (const answer of answers) {
        statuses.push(answer.status);
        if (answer.status === 503) unavailable.push(answer);
      }
    }

    for (let i = 0; i < TERMINATIONS_DURING_DISPATCH; i++) {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await outage();
    }

    // A reminder run, cut in the middle the same way. Right after an outage a call may meet a
    // connection not yet replaced and get its 503: the client does as Retry-After says, sooner.
    let run = await call(owner, "mutation", "reminders.runNow", { organizationId });
    for (let attempt = 0; run.status === 503 && attempt < 10; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      run = await call(owner, "mutation", "reminders.runNow", { organizationId });
    }
    data(run);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await outage();

    const readyAgain = Date.now();
    let readyAfterMs = -1;
    while (Date.now() - readyAgain < 10_000) {
      if ((await fetch(`${base}/health/ready`)).status === 200) {
        readyAfterMs = Date.now() - lastOutageAt;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const invoiceMails = (number: string, mails: { to: string[]; subject: string }[]) =>
      mails.filter((m) => m.to.includes(MAIJA_EMAIL) && m.subject.startsWith(`Lasku ${number} –`)).length;
    const reminderMails = (mails: { subject: string }[]) => mails.filter((m) => m.subject.startsWith("Maksumuistutus: lasku "));
    const mailDir = path.join(dir, "mail");
    await expect
      .poll(
        async () => {
          const mails = await readCaughtMail(mailDir);
          return (
            invoiceNumbers.every((n) => invoiceMails(n, mails) >= 1) &&
            reminderMails(mails).some((m) => m.subject.includes(OVERDUE))
          );
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe(true);
    // A late duplicate would come from a retry of a delivery that had already gone out.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const mails = await readCaughtMail(mailDir);
    const perInvoice = invoiceNumbers.map((n) => invoiceMails(n, mails));
    const perReminder = new Map<string, number>();
    for (const m of reminderMails(mails)) perReminder.set(m.subject, (perReminder.get(m.subject) ?? 0) + 1);

    const logged = logLines.flatMap((line) => {
      try {
        return [JSON.parse(line) as { level: number; msg?: string }];
      } catch {
        return [];
      }
    });
    const survived = logged.filter((l) => l.msg?.startsWith("database connection lost outside any request")).length;
    console.info(
      `database-loss: ${terminations} terminations (${terminated} backends), ${statuses.length} requests during outages: ` +
        `${statuses.filter((s) => s === 503).length} × 503, ${statuses.filter((s) => s === 200).length} × 200; ` +
        `readiness during outages ${readiness.join(",")}, ready again ${readyAfterMs} ms after the last; ` +
        `invoice mails per invoice ${[...new Set(perInvoice)].join("/")}, reminders ${[...perReminder.values()].join("/")}; ` +
        `${survived} lost-connection errors caught only by the last resort`,
    );

    expect(child?.exitCode).toBeNull();
    expect(logged.filter((l) => l.level >= 60)).toEqual([]);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    for (const answer of unavailable) {
      expect(answer.headers.get("retry-after")).toBe("5");
      expect(answer.body.error?.json?.data?.appCode).toBe("DATABASE_UNAVAILABLE");
      expect(answer.body.error?.json?.message).toContain("Tietokantayhteys katkesi");
    }
    expect(readyAfterMs).toBeGreaterThanOrEqual(0);
    expect(perInvoice).toEqual(invoiceNumbers.map(() => 1));
    expect([...perReminder.values()].every((count) => count === 1)).toBe(true);
  }, 120_000);
});
