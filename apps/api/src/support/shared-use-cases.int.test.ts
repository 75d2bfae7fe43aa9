import {
  outgoingMails,
  supportTicketEvents,
  supportTicketIdentifiers,
  supportTicketMessages,
  supportTickets,
  auditLog,
} from "@reskontra/db";
import { addTicketMessage, createTicket } from "@reskontra/usecases/support";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing";

// The use cases every room of the support desk files and answers tickets through.
describe("filing and answering a ticket", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.dispose());

  const requester = () => h.demo.userIds["ville.virtanen@demo.reskontra.fi"] ?? "";

  let mails = 0;
  async function file(description: string) {
    mails += 1;
    return h.deps.db.transaction((tx) =>
      createTicket(tx, {
        organizationId: h.demo.organizationIds.virtanen,
        requesterUserId: requester(),
        requesterEmail: "ville.virtanen@demo.reskontra.fi",
        requesterName: "Ville Virtanen",
        channel: "email",
        subject: "Lasku ei mennyt perille",
        description,
        category: "invoices",
        actorUserId: requester(),
        mailMessageId: `<m${mails}@asiakas.example>`,
        now: h.now.value,
      }),
    );
  }

  it("stores the text with identity codes masked, remembers its identifiers and queues it on its category's line", async () => {
    const { id, number } = await file("Laskun 1001021 asiakas (hetu 010101-123N) sanoo, ettei lasku tullut.");
    expect(number).toBeGreaterThanOrEqual(100001);
    const [ticket] = await h.deps.db.select().from(supportTickets).where(eq(supportTickets.id, id));
    expect(ticket?.description).toBe("Laskun 1001021 asiakas (hetu ******-****) sanoo, ettei lasku tullut.");
    expect(ticket?.status).toBe("new");
    const identifiers = await h.deps.db.select().from(supportTicketIdentifiers).where(eq(supportTicketIdentifiers.ticketId, id));
    expect(identifiers).toEqual([{ ticketId: id, kind: "invoice_number", value: "1001021" }]);
    const history = await h.deps.db.select().from(supportTicketEvents).where(eq(supportTicketEvents.ticketId, id));
    expect(history.map((e) => [e.action, e.status])).toEqual([["support.ticket.created", "new"]]);
    const audit = await h.deps.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(["support.ticket.created"]);
  });

  it("an agent's reply opens the ticket, stamps the first response and queues a mail threaded onto the requester's", async () => {
    const { id, number } = await file("Laskun 1001021 vastaanottaja ei ole saanut laskua sähköpostiin.");
    const agent = h.demo.userIds["agentti@demo.reskontra.fi"] ?? "";
    const added = await h.deps.db.transaction((tx) =>
      addTicketMessage(tx, {
        ticketId: id,
        kind: "reply",
        authorUserId: agent,
        authorEmail: null,
        body: "Lähetimme laskun uudelleen.",
        now: h.now.value,
      }),
    );
    expect(added.mailIds).toHaveLength(1);
    const [mail] = await h.deps.db
      .select()
      .from(outgoingMails)
      .where(eq(outgoingMails.id, added.mailIds[0] ?? ""));
    expect(mail).toMatchObject({
      toAddress: "ville.virtanen@demo.reskontra.fi",
      subject: `Re: [#${number}] Lasku ei mennyt perille`,
      fromAddress: "asiakaspalvelu@reskontra.fi",
      inReplyTo: `<m${mails}@asiakas.example>`,
      references: `<m${mails}@asiakas.example>`,
    });
    const [ticket] = await h.deps.db.select().from(supportTickets).where(eq(supportTickets.id, id));
    expect(ticket).toMatchObject({ status: "open", firstResponseAt: h.now.value });
    const messages = await h.deps.db
      .select({ kind: supportTicketMessages.kind, mailMessageId: supportTicketMessages.mailMessageId })
      .from(supportTicketMessages)
      .where(eq(supportTicketMessages.ticketId, id))
      .orderBy(asc(supportTicketMessages.createdAt), asc(supportTicketMessages.kind));
    expect(messages).toEqual([
      { kind: "customer", mailMessageId: `<m${mails}@asiakas.example>` },
      { kind: "reply", mailMessageId: `<mail-${added.mailIds[0]}@reskontra>` },
    ]);
  });

  it("the requester writing on a closed ticket adds nothing to it and asks for a new one", async () => {
    const { id } = await file("Laskun 1001021 maksu näkyy kahteen kertaan, korjatkaa kiitos.");
    await h.deps.db.update(supportTickets).set({ status: "closed", closedAt: h.now.value }).where(eq(supportTickets.id, id));
    const added = await h.deps.db.transaction((tx) =>
      addTicketMessage(tx, {
        ticketId: id,
        kind: "customer",
        authorUserId: requester(),
        authorEmail: null,
        body: "Vielä yksi asia",
        now: h.now.value,
      }),
    );
    expect(added).toEqual({ messageId: "", mailIds: [], startsNewTicket: true });
    const messages = await h.deps.db.select().from(supportTicketMessages).where(eq(supportTicketMessages.ticketId, id));
    expect(messages).toHaveLength(1);
  });
});
