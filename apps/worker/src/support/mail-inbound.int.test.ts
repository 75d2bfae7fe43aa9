import { readFile } from "node:fs/promises";
import {
  auditLog,
  memberships,
  organizations,
  outgoingMails,
  supportAttachments,
  supportInboundMails,
  supportLines,
  supportMailboxes,
  supportTicketMessages,
  supportTickets,
  users,
} from "@reskontra/db";
import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { supportProcessInboundMail } from "@reskontra/jobs";
import { startMailReceiver, type MailReceiver } from "@reskontra/mail";
import { addTicketMessage } from "@reskontra/usecases/support";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, jobContext, recordingQueue, type Harness } from "../invoices/test-support/job-harness";
import type { JobContext } from "../jobs/job-context";
import { sendOutgoingMailJob } from "../mail/send-outgoing-mail";
import { inboundMailHandler, processInboundMailJob, sweepInboundMailJob } from "./mail-inbound";
import { sendRawSmtp } from "./mail-smtp-client";

// Inbound support mail over real SMTP: the development catcher hands mail for the support
// mailboxes to the same path the production receiver uses; the job turns it into tickets.

let database: TestDatabase;
let harness: Harness;
let ctx: JobContext & { jobs: ReturnType<typeof recordingQueue> };
let receiver: MailReceiver;
let requesterId: string;
let organizationId: string;
const REQUESTER = "aino.aijala@asiakas.example";
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a5430000000049454e44ae426082",
  "hex",
);

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await startHarness();
  ctx = { ...jobContext(database.db, harness), jobs: recordingQueue() };
  const db = database.db;
  const lines = await db.select({ id: supportLines.id, code: supportLines.code }).from(supportLines);
  const line = (code: string) => lines.find((l) => l.code === code)?.id ?? lines[0]?.id ?? "";
  await db.insert(supportMailboxes).values([
    { address: "asiakaspalvelu@reskontra.fi", lineId: line("invoices") },
    { address: "info@reskontra.fi", lineId: line("software") },
  ]);
  const [org] = await db.insert(organizations).values({ kind: "billing_company", name: "Tilitoimisto Äijälä Oy" }).returning();
  const [user] = await db
    .insert(users)
    .values({ email: "Aino.Aijala@asiakas.example", name: "Aino Äijälä", passwordHash: "x" })
    .returning();
  if (!org || !user) throw new Error("fixture not inserted");
  await db.insert(memberships).values({ userId: user.id, organizationId: org.id, role: "user" });
  requesterId = user.id;
  organizationId = org.id;
  harness.catcher.setInbound(inboundMailHandler(ctx));
  receiver = await startMailReceiver({ port: 0, inbound: inboundMailHandler(ctx), maxBytes: 64 * 1024 });
});
afterAll(async () => {
  await receiver?.close();
  await harness?.close();
  await database?.dispose();
});
beforeEach(() => {
  ctx.jobs.sent.length = 0;
});

let counter = 0;
function mail(opts: {
  from?: string | null;
  to?: string;
  subject: string;
  text: string;
  headers?: string[];
  messageId?: string;
}): string {
  counter += 1;
  return [
    ...(opts.from === null ? [] : [`From: Aino Äijälä <${opts.from ?? REQUESTER}>`]),
    `To: ${opts.to ?? "asiakaspalvelu@reskontra.fi"}`,
    `Subject: ${opts.subject}`,
    `Message-ID: ${opts.messageId ?? `<m${counter}-${Date.now()}@asiakas.example>`}`,
    "Date: Mon, 23 Nov 2026 10:00:00 +0200",
    "MIME-Version: 1.0",
    ...(opts.headers ?? []),
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    opts.text,
    "",
  ].join("\r\n");
}

/** Delivers over SMTP and runs the jobs the delivery enqueued, as the worker would. */
async function deliver(raw: string | Buffer, to = ["asiakaspalvelu@reskontra.fi"], url = harness.catcher.url) {
  const answer = await sendRawSmtp(url, { from: REQUESTER, to }, raw);
  const outcomes = [];
  for (const job of ctx.jobs.sent.splice(0)) {
    expect(job.name).toBe(supportProcessInboundMail.name);
    outcomes.push(await processInboundMailJob(ctx, (job.payload as { inboundMailId: string }).inboundMailId));
  }
  return { answer, outcomes };
}

const ticketOf = async (id: string) => (await database.db.select().from(supportTickets).where(eq(supportTickets.id, id)))[0];
const messagesOf = (ticketId: string) =>
  database.db
    .select()
    .from(supportTicketMessages)
    .where(eq(supportTicketMessages.ticketId, ticketId))
    .orderBy(asc(supportTicketMessages.createdAt));

describe("mail to a support address", () => {
  it("becomes a ticket in the mailbox's queue, the known sender its requester, identity codes masked, the picture attached", async () => {
    const raw = [
      `From: Aino Äijälä <${REQUESTER}>`,
      "To: asiakaspalvelu@reskontra.fi",
      "Subject: =?UTF-8?Q?Lasku_ei_l=C3=A4htenyt?=",
      "Message-ID: <first-ticket@asiakas.example>",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Lasku 1001021 ei mennyt perille. Asiakkaan hetu 010101-123N.",
      "--b1",
      'Content-Type: image/png; name="kuva.png"',
      'Content-Disposition: attachment; filename="kuva.png"',
      "Content-Transfer-Encoding: base64",
      "",
      PNG.toString("base64"),
      "--b1",
      'Content-Type: text/html; name="sivu.html"',
      'Content-Disposition: attachment; filename="sivu.html"',
      "",
      "<html><script>alert(1)</script></html>",
      "--b1--",
      "",
    ].join("\r\n");
    const { answer, outcomes } = await deliver(raw);
    expect(answer.code).toBe(250);
    expect(outcomes).toEqual([expect.objectContaining({ status: "ticketed", created: true })]);
    const outcome = outcomes[0];
    if (outcome?.status !== "ticketed") throw new Error("not ticketed");
    const ticket = await ticketOf(outcome.ticketId);
    const [invoicesLine] = await database.db.select().from(supportLines).where(eq(supportLines.code, "invoices"));
    expect(ticket).toMatchObject({
      channel: "email",
      subject: "Lasku ei lähtenyt",
      requesterUserId: requesterId,
      organizationId,
      requesterEmail: REQUESTER,
      category: "invoices",
      lineId: invoicesLine?.id,
    });
    expect(ticket?.description).toContain("Asiakkaan hetu ******-****.");
    expect(ticket?.description).toContain("sivu.html");
    const [message] = await messagesOf(outcome.ticketId);
    expect(message?.mailMessageId).toBe("<first-ticket@asiakas.example>");
    const files = await database.db.select().from(supportAttachments).where(eq(supportAttachments.ticketId, outcome.ticketId));
    expect(files.map((f) => [f.fileName, f.contentType, f.sizeBytes])).toEqual([["kuva.png", "image/png", PNG.length]]);
    const [stored] = await database.db
      .select()
      .from(supportInboundMails)
      .where(eq(supportInboundMails.ticketId, outcome.ticketId));
    expect(stored).toMatchObject({ status: "ticketed", mailboxAddress: "asiakaspalvelu@reskontra.fi", fromAddress: REQUESTER });
    // Once ticketed, the store keeps the headers only: no identity code in clear, no second copy of the files.
    expect(Buffer.from(stored?.raw ?? []).toString("latin1")).not.toContain("010101-123N");
    expect(Buffer.from(stored?.raw ?? []).toString("latin1")).toMatch(/^Message-ID: <first-ticket@asiakas\.example>$/m);
  });

  it("a reply by mail (In-Reply-To) lands on the ticket as the requester's message, without the quoted original", async () => {
    const first = await deliver(
      mail({ subject: "Kirjautuminen ei onnistu", text: "En pääse sisään.", messageId: "<login-1@asiakas.example>" }),
      ["info@reskontra.fi"],
    );
    const created = first.outcomes[0];
    if (created?.status !== "ticketed") throw new Error("not ticketed");
    expect((await ticketOf(created.ticketId))?.category).toBe("technical");
    const reply = mail({
      subject: "Re: Kirjautuminen ei onnistu",
      text: "Nyt toimii, kiitos!\r\n\r\nOn Mon, 23 Nov 2026 Reskontra wrote:\r\n> En pääse sisään.",
      headers: ["In-Reply-To: <login-1@asiakas.example>", "References: <login-1@asiakas.example>"],
    });
    const { outcomes } = await deliver(reply, ["info@reskontra.fi"]);
    expect(outcomes).toEqual([expect.objectContaining({ status: "ticketed", created: false, ticketId: created.ticketId })]);
    const messages = await messagesOf(created.ticketId);
    expect(messages.map((m) => [m.kind, m.body, m.authorUserId])).toEqual([
      ["customer", "En pääse sisään.", requesterId],
      ["customer", "Nyt toimii, kiitos!", requesterId],
    ]);
  });

  it("threads by the [#number] in the subject only for the ticket's own requester", async () => {
    const first = await deliver(mail({ subject: "Muistutus meni väärin", text: "Muistutuksen korko on väärin." }));
    if (first.outcomes[0]?.status !== "ticketed") throw new Error("not ticketed");
    const { ticketId, ticketNumber } = first.outcomes[0];
    const own = await deliver(
      mail({ subject: `VS: [#${ticketNumber}] Muistutus meni väärin`, text: "Lisätietona: lasku 1001022." }),
    );
    expect(own.outcomes[0]).toMatchObject({ status: "ticketed", ticketId, created: false });
    const stranger = await deliver(mail({ from: "vieras@muualla.example", subject: `[#${ticketNumber}] kaappaus`, text: "Hei" }));
    expect(stranger.outcomes[0]).toMatchObject({ status: "ticketed", created: true });
    const strangerTicket = stranger.outcomes[0]?.status === "ticketed" ? await ticketOf(stranger.outcomes[0].ticketId) : null;
    expect(strangerTicket).toMatchObject({
      requesterUserId: null,
      organizationId: null,
      requesterEmail: "vieras@muualla.example",
    });
    expect(await messagesOf(ticketId)).toHaveLength(2);
  });

  it("the same mail delivered twice makes one ticket", async () => {
    const raw = mail({ subject: "Kahdesti", text: "Tämä tulee kahdesti.", messageId: "<twice@asiakas.example>" });
    const once = await deliver(raw);
    const twice = await deliver(raw);
    expect(once.answer.code).toBe(250);
    expect(twice.answer.code).toBe(250);
    expect(twice.outcomes).toEqual([]);
    const rows = await database.db
      .select()
      .from(supportInboundMails)
      .where(eq(supportInboundMails.messageKey, "<twice@asiakas.example>"));
    expect(rows).toHaveLength(1);
    expect(await database.db.select().from(supportTickets).where(eq(supportTickets.subject, "Kahdesti"))).toHaveLength(1);
    // A rerun of the job changes nothing.
    expect(await processInboundMailJob(ctx, rows[0]?.id ?? "")).toEqual({ status: "skipped" });
  });
});

describe("bad mail is quarantined with a reason or refused, never lost", () => {
  async function quarantinedAs(raw: string, reason: string) {
    const { answer, outcomes } = await deliver(raw);
    expect(answer.code).toBe(250);
    expect(outcomes).toEqual([{ status: "quarantined", reason }]);
    const [row] = await database.db
      .select()
      .from(supportInboundMails)
      .where(and(eq(supportInboundMails.status, "quarantined"), eq(supportInboundMails.reason, reason)));
    expect(row?.raw.length).toBeGreaterThan(0);
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, row?.id ?? ""));
    expect(audit.map((a) => a.action)).toContain("support.mail.quarantined");
  }

  it("an out-of-office auto-reply", () =>
    quarantinedAs(
      mail({ subject: "Automaattinen vastaus: lomalla", text: "Olen lomalla.", headers: ["Auto-Submitted: auto-replied"] }),
      "auto_reply",
    ));

  it("bulk mail and a bounce from the mailer daemon", async () => {
    await quarantinedAs(mail({ subject: "Uutiskirje", text: "Tarjous!", headers: ["Precedence: bulk"] }), "auto_reply");
    await quarantinedAs(mail({ from: "MAILER-DAEMON@mx.example", subject: "Undelivered", text: "failed" }), "bounce");
  });

  it("mail claiming to be from our own mailbox (a loop)", () =>
    quarantinedAs(mail({ from: "info@reskontra.fi", subject: "Re: [#100001] silmukka", text: "loop" }), "loop"));

  it("malformed MIME: a multipart without its boundary", () =>
    quarantinedAs(
      [
        `From: ${REQUESTER}`,
        "Subject: rikki",
        "Message-ID: <broken@asiakas.example>",
        "Content-Type: multipart/mixed",
        "",
        "ei rajaa",
      ].join("\r\n"),
      "malformed",
    ));

  it("malformed MIME: no header block at all", () => quarantinedAs("tämä ei ole sähköpostiviesti lainkaan\r\n", "malformed"));

  it("a mail without a From", () => quarantinedAs(mail({ from: null, subject: "Kuka?", text: "Nimetön" }), "no_sender"));

  it("the receiver refuses unknown addresses and mail over the size limit at SMTP, with a reason", async () => {
    const unknown = await sendRawSmtp(
      receiver.url,
      { from: REQUESTER, to: ["ei-ole@reskontra.fi"] },
      mail({ subject: "x", text: "y" }),
    );
    expect(unknown.code).toBe(550);
    expect(unknown.message).toMatch(/no such support mailbox/);
    const huge = await sendRawSmtp(
      receiver.url,
      { from: REQUESTER, to: ["info@reskontra.fi"] },
      mail({ subject: "iso", text: "x".repeat(70 * 1024) }),
    );
    expect(huge.code).toBe(552);
    expect(ctx.jobs.sent).toEqual([]);
    const ok = await deliver(mail({ subject: "Vastaanottimen kautta", text: "Perillä." }), ["INFO@reskontra.fi"], receiver.url);
    expect(ok.outcomes).toEqual([expect.objectContaining({ status: "ticketed", created: true })]);
  });

  it("the sweep processes a stored mail whose job was lost", async () => {
    await sendRawSmtp(
      harness.catcher.url,
      { from: REQUESTER, to: ["info@reskontra.fi"] },
      mail({ subject: "Kadonnut työ", text: "x" }),
    );
    ctx.jobs.sent.length = 0;
    const later = { ...ctx, clock: () => new Date(Date.now() + 120_000) };
    expect(await sweepInboundMailJob(later)).toBeGreaterThanOrEqual(1);
    expect(await database.db.select().from(supportTickets).where(eq(supportTickets.subject, "Kadonnut työ"))).toHaveLength(1);
  });
});

describe("an agent's reply from the app", () => {
  it("goes out by SMTP from the mailbox, threaded with [#number], In-Reply-To and References, its attachment along", async () => {
    const first = await deliver(
      mail({ subject: "Maksu kahdesti", text: "Maksoin laskun 1001021 kahdesti.", messageId: "<paid-twice@asiakas.example>" }),
    );
    if (first.outcomes[0]?.status !== "ticketed") throw new Error("not ticketed");
    const { ticketId, ticketNumber } = first.outcomes[0];
    const added = await database.db.transaction((tx) =>
      addTicketMessage(tx, {
        ticketId,
        kind: "reply",
        authorUserId: null,
        authorEmail: null,
        body: "Palautamme toisen maksun. Liitteenä tiliote.",
        attachments: [{ fileName: "tiliote.png", bytes: PNG, contentType: "image/png" }],
        now: new Date("2026-11-23T09:00:00Z"),
      }),
    );
    const [mailId] = added.mailIds;
    expect(await sendOutgoingMailJob(ctx, mailId ?? "")).toBe("sent");
    const caught = (await harness.caught()).find((m) => m.messageId === `<mail-${mailId}@reskontra>`);
    expect(caught).toMatchObject({
      from: "asiakaspalvelu@reskontra.fi",
      to: [REQUESTER],
      subject: `Re: [#${ticketNumber}] Maksu kahdesti`,
    });
    expect(caught?.text).toContain("Palautamme toisen maksun.");
    expect(caught?.attachments.map((a) => [a.filename, a.contentType, a.content.equals(PNG)])).toEqual([
      ["tiliote.png", "image/png", true],
    ]);
    const head = (await readFile(caught?.file ?? "", "utf8")).split("\r\n\r\n")[0] ?? "";
    expect(head).toMatch(/^In-Reply-To: <paid-twice@asiakas\.example>$/m);
    expect(head).toMatch(/^References: <paid-twice@asiakas\.example>$/m);
    expect(head).toMatch(/^Reply-To: asiakaspalvelu@reskontra\.fi$/m);
    const [sent] = await database.db
      .select()
      .from(outgoingMails)
      .where(eq(outgoingMails.id, mailId ?? ""));
    expect(sent?.status).toBe("sent");

    // The requester answers that mail from their client: it threads back onto the same ticket.
    const answer = await deliver(
      mail({
        subject: `Re: [#${ticketNumber}] Maksu kahdesti`,
        text: "Kiitos!",
        from: "vaihdettu@osoite.example",
        headers: [
          `In-Reply-To: <mail-${mailId}@reskontra>`,
          `References: <paid-twice@asiakas.example> <mail-${mailId}@reskontra>`,
        ],
      }),
    );
    expect(answer.outcomes[0]).toMatchObject({ status: "ticketed", ticketId, created: false });
  });
});
