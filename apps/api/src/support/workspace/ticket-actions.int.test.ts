import { auditLog, outgoingMails, queryRows, supportTicketEvents, supportTickets } from "@reskontra/db";
import { asc, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectRefusal, type Harness } from "../../testing";
import { addAgent, AGENT, fileTicket, VILLE } from "./workspace-fixtures";

// What an agent does on a ticket: assign, status, notes, replies, saved replies, merge — each with
// its history row and audit row.
describe("working a ticket", () => {
  let h: Harness;
  let agent: Awaited<ReturnType<Harness["as"]>>;
  beforeAll(async () => {
    h = await createHarness({ queue: true });
    agent = await h.as(AGENT);
  });
  afterAll(() => h.dispose());

  const history = async (ticketId: string) =>
    (
      await h.deps.db
        .select({ action: supportTicketEvents.action, status: supportTicketEvents.status })
        .from(supportTicketEvents)
        .where(eq(supportTicketEvents.ticketId, ticketId))
        .orderBy(asc(supportTicketEvents.at), asc(supportTicketEvents.id))
    ).map((e) => (e.status ? `${e.action}:${e.status}` : e.action));
  const audits = async (entityId: string) =>
    (await h.deps.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, entityId))).map(
      (a) => a.action,
    );

  it("assigns, notes, replies by mail and resolves, each change in the history and the audit log", async () => {
    const { id } = await fileTicket(h, {
      subject: "Lasku ei mennyt perille",
      description: "Lasku 1001021 ei ole mennyt perille.",
    });
    const other = await addAgent(h, "toinen.agentti@demo.reskontra.fi");
    await agent.support.workspace.assign({ ticketId: id, assigneeUserId: other });
    await agent.support.workspace.take({ ticketId: id });
    await expectRefusal(
      agent.support.workspace.assign({ ticketId: id, assigneeUserId: h.demo.userIds[VILLE] ?? "" }),
      "BAD_REQUEST",
      "WORKSPACE_ASSIGNEE_NOT_AGENT",
    );
    h.now.value = new Date("2026-11-23T09:00:00Z");
    await agent.support.workspace.addNote({
      ticketId: id,
      body: "Tarkistin lähetyksen: operaattori kuittasi. Hetu 010101-123N.",
    });
    h.now.value = new Date("2026-11-23T09:30:00Z");
    const reply = await agent.support.workspace.reply({
      ticketId: id,
      body: "Lähetimme laskun uudelleen.",
      statusAfter: "waiting_customer",
    });
    expect(reply.mailQueued).toBe(true);
    h.now.value = new Date("2026-11-23T10:00:00Z");
    await agent.support.workspace.update({ ticketId: id, status: "resolved", priority: "high", category: "technical" });

    const view = await agent.support.workspace.ticket({ ticketId: id });
    expect(view).toMatchObject({
      status: "resolved",
      priority: "high",
      category: "technical",
      assigneeName: "Anna Asiakaspalvelu",
    });
    expect(view.messages.map((m) => [m.kind, m.body])).toEqual([
      ["customer", "Lasku 1001021 ei ole mennyt perille."],
      ["note", "Tarkistin lähetyksen: operaattori kuittasi. Hetu ******-****."],
      ["reply", "Lähetimme laskun uudelleen."],
    ]);
    // Now high priority: 2 h to the first reply, which came 1.5 support hours after filing.
    expect(view.sla.firstResponse).toMatchObject({ targetMinutes: 120, stopped: true, breached: false, leftMinutes: 30 });
    expect(view.sla.resolution.stopped).toBe(true);
    const expected = [
      "support.ticket.created:new",
      "support.ticket.assigned",
      "support.ticket.assigned",
      "support.ticket.message_note",
      "support.ticket.message_reply:open",
      "support.ticket.status_changed:waiting_customer",
      "support.ticket.status_changed:resolved",
      "support.ticket.category_changed",
      "support.ticket.priority_changed",
    ];
    // Changes made in one call share their instant, so their order among themselves is not fixed.
    expect((await history(id)).sort()).toEqual(expected.sort());
    const actions = expected.map((e) => e.split(":")[0]).sort();
    expect((await audits(id)).sort()).toEqual(actions);
    expect(view.history.map((e) => e.action).sort()).toEqual(actions);

    // The reply's mail is in the outbox, threaded, and its job was enqueued after commit.
    // The newest mail to Ville: the demo's earlier replies to him are in the outbox too, already sent.
    const [mail] = await h.deps.db
      .select()
      .from(outgoingMails)
      .where(eq(outgoingMails.toAddress, VILLE))
      .orderBy(desc(outgoingMails.createdAt))
      .limit(1);
    expect(mail?.subject).toMatch(/^Re: \[#\d+\] Lasku ei mennyt perille$/);
    const [job] = await queryRows<{ n: number }>(
      h.deps.db,
      sql`select count(*)::int as n from pgboss.job where name = 'mail.send' and data->>'mailId' = ${mail?.id ?? ""}`,
    );
    expect(job?.n).toBe(1);
  });

  it("refuses 'new' after filing, an unknown ticket and a reply without an address, in the user's words", async () => {
    const { id } = await fileTicket(h, { subject: "Kysymys", description: "Kysymys laskusta 1001021." });
    const refusal = await expectRefusal(
      agent.support.workspace
        .update({ ticketId: id, status: "open" })
        .then(() => agent.support.workspace.update({ ticketId: id, status: "new" })),
      "BAD_REQUEST",
      "WORKSPACE_STATUS_NOT_ALLOWED",
    );
    expect(refusal.data.field).toBe("status");
    await expectRefusal(
      agent.support.workspace.ticket({ ticketId: "00000000-0000-4000-8000-000000000000" }),
      "NOT_FOUND",
      "WORKSPACE_TICKET_NOT_FOUND",
    );
    await h.deps.db.update(supportTickets).set({ requesterEmail: null }).where(eq(supportTickets.id, id));
    await expectRefusal(
      agent.support.workspace.reply({ ticketId: id, body: "Hei" }),
      "BAD_REQUEST",
      "WORKSPACE_NO_REQUESTER_EMAIL",
    );
    await expectRefusal(agent.support.workspace.addNote({ ticketId: id, body: "   " }), "BAD_REQUEST", "INPUT_INVALID");
  });

  it("merges a duplicate: closed and pointing to the target, its messages visible there, history on both", async () => {
    const target = await fileTicket(h, { subject: "Lasku puuttuu", description: "Lasku 1001021 puuttuu." });
    h.now.value = new Date("2026-11-24T09:00:00Z");
    const source = await fileTicket(h, { subject: "Lasku puuttuu vieläkin", description: "Sama asia, viite RF471234567." });
    h.now.value = new Date("2026-11-24T10:00:00Z");
    await agent.support.workspace.addNote({ ticketId: source.id, body: "Tupla" });
    await agent.support.workspace.merge({ sourceTicketId: source.id, targetTicketNumber: target.number });

    const sourceView = await agent.support.workspace.ticket({ ticketId: source.id });
    expect(sourceView).toMatchObject({ status: "closed", mergedInto: { id: target.id, number: target.number } });
    const targetView = await agent.support.workspace.ticket({ ticketId: target.id });
    expect(targetView.mergedFrom).toEqual([{ id: source.id, number: source.number }]);
    expect(targetView.messages.map((m) => [m.body, m.fromTicketNumber])).toEqual([
      ["Lasku 1001021 puuttuu.", null],
      ["Sama asia, viite RF471234567.", source.number],
      ["Tupla", source.number],
    ]);
    expect(await history(source.id)).toContain("support.ticket.merged_into:closed");
    expect(await history(target.id)).toContain("support.ticket.merged_from");
    expect(await audits(target.id)).toContain("support.ticket.merged_from");

    await expectRefusal(
      agent.support.workspace.merge({ sourceTicketId: source.id, targetTicketNumber: target.number }),
      "CONFLICT",
      "WORKSPACE_TICKET_MERGED",
    );
    await expectRefusal(
      agent.support.workspace.merge({ sourceTicketId: target.id, targetTicketNumber: target.number }),
      "BAD_REQUEST",
      "WORKSPACE_MERGE_SAME",
    );
    await expectRefusal(
      agent.support.workspace.merge({ sourceTicketId: target.id, targetTicketNumber: source.number }),
      "BAD_REQUEST",
      "WORKSPACE_MERGE_TARGET_CLOSED",
    );
    await expectRefusal(
      agent.support.workspace.reply({ ticketId: source.id, body: "Hei" }),
      "CONFLICT",
      "WORKSPACE_TICKET_MERGED",
    );
  });

  it("keeps saved replies: list, create, edit, delete, each audited", async () => {
    const seeded = await agent.support.workspace.savedReplies({});
    expect(seeded.map((r) => r.title)).toContain("Tarvitsemme laskun numeron");
    const created = await agent.support.workspace.createSavedReply({ title: "Kiitos", body: "Kiitos yhteydenotosta!" });
    const edited = await agent.support.workspace.updateSavedReply({
      savedReplyId: created.id,
      title: "Kiitos viestistä",
      body: "Kiitos viestistäsi!",
      lineId: null,
    });
    expect(edited).toMatchObject({ title: "Kiitos viestistä", body: "Kiitos viestistäsi!" });
    await agent.support.workspace.deleteSavedReply({ savedReplyId: created.id });
    expect((await agent.support.workspace.savedReplies({})).map((r) => r.id)).not.toContain(created.id);
    expect((await audits(created.id)).sort()).toEqual([
      "support.saved_reply.created",
      "support.saved_reply.deleted",
      "support.saved_reply.updated",
    ]);
    await expectRefusal(
      agent.support.workspace.deleteSavedReply({ savedReplyId: created.id }),
      "NOT_FOUND",
      "WORKSPACE_SAVED_REPLY_NOT_FOUND",
    );
    const refusal = await expectRefusal(
      agent.support.workspace.createSavedReply({ title: "", body: "x" }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(Object.keys(refusal.data.fieldErrors ?? {})).toContain("title");
  });
});
