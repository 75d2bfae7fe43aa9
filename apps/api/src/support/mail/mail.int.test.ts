import { auditLog, supportInboundMails, supportTicketMessages, supportTickets } from "@reskontra/db";
import { processInboundMail, receiveInboundMail } from "@reskontra/usecases/support";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectRefusal, type Harness } from "../../testing";

// The quarantine of the support mailboxes, as agents work it through support.mail.*.
describe("support.mail: the quarantine", () => {
  let h: Harness;
  const sentJobs: unknown[] = [];
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.dispose());

  let n = 0;
  /** Stores a mail as the SMTP receiver does and runs its processing job. */
  async function arrive(opts: { headers?: string[]; subject: string; text: string; from?: string }) {
    n += 1;
    const raw = Buffer.from(
      [
        `From: ${opts.from ?? "lomalla@asiakas.example"}`,
        "To: asiakaspalvelu@reskontra.fi",
        `Subject: ${opts.subject}`,
        `Message-ID: <q${n}-${Date.now()}@asiakas.example>`,
        ...(opts.headers ?? []),
        "Content-Type: text/plain; charset=utf-8",
        "",
        opts.text,
      ].join("\r\n"),
    );
    const jobs = {
      send: (_d: unknown, payload: unknown) => {
        sentJobs.push(payload);
        return Promise.resolve("job");
      },
    };
    const { inboundMailId } = await receiveInboundMail(
      { ...h.deps, jobs },
      { raw, mailbox: "asiakaspalvelu@reskontra.fi", envelopeFrom: null },
    );
    const outcome = await processInboundMail(h.deps, inboundMailId);
    return { inboundMailId, outcome };
  }

  it("lists quarantined mail with its reason and shows its headers and text with identity codes masked", async () => {
    const { inboundMailId, outcome } = await arrive({
      subject: "Poissa toimistolta 010101-123N",
      text: "Olen lomalla. Hetuni on 010101-123N.",
      headers: ["Auto-Submitted: auto-replied"],
    });
    expect(outcome).toEqual({ status: "quarantined", reason: "auto_reply" });
    const agent = await h.as("agentti@demo.reskontra.fi");
    const list = await agent.support.mail.list({});
    const item = list.find((m) => m.id === inboundMailId);
    expect(item).toMatchObject({ status: "quarantined", reason: "auto_reply", subject: "Poissa toimistolta ******-****" });
    const view = await agent.support.mail.view({ inboundMailId });
    expect(view.text).toBe("Olen lomalla. Hetuni on ******-****.");
    expect(view.headers).toContainEqual({ name: "Auto-Submitted", value: "auto-replied" });
    expect(view.headers).toContainEqual({ name: "Subject", value: "Poissa toimistolta ******-****" });
    expect(JSON.stringify(view)).not.toContain("010101-123N");
  });

  it("releases a quarantined mail to a new ticket, once, and audits it", async () => {
    const { inboundMailId } = await arrive({
      subject: "Tärkeä asia",
      text: "Tämä ei ollut automaattinen.",
      headers: ["Precedence: bulk"],
    });
    const agent = await h.as("agentti@demo.reskontra.fi");
    const released = await agent.support.mail.release({ inboundMailId });
    expect(released.created).toBe(true);
    const [ticket] = await h.deps.db.select().from(supportTickets).where(eq(supportTickets.id, released.ticketId));
    expect(ticket).toMatchObject({
      channel: "email",
      subject: "Tärkeä asia",
      requesterEmail: "lomalla@asiakas.example",
      requesterUserId: null,
    });
    const [row] = await h.deps.db.select().from(supportInboundMails).where(eq(supportInboundMails.id, inboundMailId));
    expect(row).toMatchObject({ status: "ticketed", ticketId: released.ticketId });
    const audit = await h.deps.db.select().from(auditLog).where(eq(auditLog.entityId, inboundMailId));
    expect(audit.map((a) => a.action).sort()).toEqual(["support.mail.quarantined", "support.mail.released"]);
    await expectRefusal(agent.support.mail.release({ inboundMailId }), "CONFLICT", "SUPPORT_MAIL_NOT_QUARANTINED");
  });

  it("releases onto an existing ticket by its number, and refuses a number that is no ticket", async () => {
    const first = await arrive({ subject: "Alkuperäinen", text: "Ensimmäinen viesti.", from: "asiakas@firma.example" });
    if (first.outcome.status !== "ticketed") throw new Error("not ticketed");
    const { inboundMailId } = await arrive({ subject: "Lisäys", text: "Unohdin liitteen.", headers: ["X-Autoreply: yes"] });
    const agent = await h.as("agentti@demo.reskontra.fi");
    await expectRefusal(
      agent.support.mail.release({ inboundMailId, ticketNumber: 999_999_998 }),
      "NOT_FOUND",
      "SUPPORT_MAIL_TICKET_NOT_FOUND",
    );
    const released = await agent.support.mail.release({ inboundMailId, ticketNumber: first.outcome.ticketNumber });
    expect(released).toEqual({ ticketId: first.outcome.ticketId, ticketNumber: first.outcome.ticketNumber, created: false });
    const messages = await h.deps.db
      .select()
      .from(supportTicketMessages)
      .where(eq(supportTicketMessages.ticketId, first.outcome.ticketId));
    expect(messages.map((m) => m.body).sort()).toEqual(["Ensimmäinen viesti.", "Unohdin liitteen."]);
  });

  it("discards a quarantined mail for good, leaving an audit row of who, what and why", async () => {
    const { inboundMailId } = await arrive({ subject: "Mainos", text: "Osta nyt!", headers: ["Precedence: junk"] });
    const agent = await h.as("agentti@demo.reskontra.fi");
    await agent.support.mail.discard({ inboundMailId, note: "roskapostia" });
    expect(await h.deps.db.select().from(supportInboundMails).where(eq(supportInboundMails.id, inboundMailId))).toEqual([]);
    const [audit] = await h.deps.db.select().from(auditLog).where(eq(auditLog.action, "support.mail.discarded"));
    expect(audit).toMatchObject({ entityId: inboundMailId, after: { note: "roskapostia" } });
    await expectRefusal(agent.support.mail.view({ inboundMailId }), "NOT_FOUND", "SUPPORT_MAIL_NOT_FOUND");
  });

  it("is for agents only: a requester cannot list, read, release or discard", async () => {
    const { inboundMailId } = await arrive({ subject: "Salainen", text: "x", headers: ["Auto-Submitted: auto-generated"] });
    const requester = await h.as("ville.virtanen@demo.reskontra.fi");
    await expectRefusal(requester.support.mail.list({}), "FORBIDDEN", "ROLE_FORBIDDEN");
    await expectRefusal(requester.support.mail.view({ inboundMailId }), "FORBIDDEN", "ROLE_FORBIDDEN");
    await expectRefusal(requester.support.mail.release({ inboundMailId }), "FORBIDDEN", "ROLE_FORBIDDEN");
    await expectRefusal(requester.support.mail.discard({ inboundMailId }), "FORBIDDEN", "ROLE_FORBIDDEN");
  });
});
