import { auditLog, supportCallbacks, supportCalls, supportTicketEvents, supportTickets } from "@reskontra/db";
import { createTicket } from "@reskontra/usecases/support";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectRefusal, type Harness } from "../../testing";

// Monday 23 November 2026, 10.00 in Helsinki (UTC+2): both lines are open.
const MONDAY_1000 = new Date("2026-11-23T08:00:00Z");

describe("support.phone", () => {
  let h: Harness;
  let agent: Awaited<ReturnType<Harness["as"]>>;
  let lineIds: Record<string, string>;
  beforeAll(async () => {
    h = await createHarness({ start: MONDAY_1000 });
    agent = await h.as("agentti@demo.reskontra.fi");
    const lines = await agent.support.phone.lines();
    lineIds = Object.fromEntries(lines.map((l) => [l.code, l.id]));
  });
  afterAll(() => h.dispose());

  it("shows every signed-in person the lines with numbers, hours and whether they are open", async () => {
    const ville = await h.as("ville.virtanen@demo.reskontra.fi");
    h.now.value = new Date("2026-11-23T07:30:00Z"); // 9.30: software open, invoices opens at 10
    const lines = await ville.support.phone.lines();
    expect(lines.map((l) => [l.code, l.phoneNumber, l.open, l.nextOpening.toISOString()])).toEqual([
      ["software", "+358912345670", true, "2026-11-24T06:00:00.000Z"],
      ["invoices", "+358912345671", false, "2026-11-23T08:00:00.000Z"],
    ]);
    h.now.value = new Date("2026-12-23T14:00:00Z"); // Wed 23.12. 16.00: closed until Mon 28.12.
    const closed = await ville.support.phone.lines();
    expect(closed[0]).toMatchObject({ open: false, closesAt: null, nextOpening: new Date("2026-12-28T06:00:00Z") });
    h.now.value = MONDAY_1000;
  });

  it("an agent logs a call as a new phone ticket for the recognised caller, masked, with history and audit", async () => {
    const logged = await agent.support.phone.logCall({
      lineId: lineIds.software ?? "",
      callerNumber: "040 123 4567", // Ville Virtanen's number, as typed
      subject: "Laskun lähetys",
      category: "invoices",
      durationSeconds: 185,
      summary: "Asiakas (hetu 010101-123N) kysyi laskun 1001021 lähetyksestä.",
    });
    const [ticket] = await h.deps.db.select().from(supportTickets).where(eq(supportTickets.id, logged.ticketId));
    expect(ticket).toMatchObject({
      channel: "phone",
      requesterUserId: h.demo.userIds["ville.virtanen@demo.reskontra.fi"],
      organizationId: h.demo.organizationIds.virtanen,
      lineId: lineIds.software,
      description: "Asiakas (hetu ******-****) kysyi laskun 1001021 lähetyksestä.",
    });
    const [call] = await h.deps.db.select().from(supportCalls).where(eq(supportCalls.id, logged.callId));
    expect(call).toMatchObject({
      ticketId: logged.ticketId,
      callerNumber: "+358401234567",
      calledNumber: "+358912345670",
      callerUserId: h.demo.userIds["ville.virtanen@demo.reskontra.fi"],
      durationSeconds: 185,
      startedAt: new Date(MONDAY_1000.getTime() - 185_000),
      summary: "Asiakas (hetu ******-****) kysyi laskun 1001021 lähetyksestä.",
    });
    const history = await h.deps.db.select().from(supportTicketEvents).where(eq(supportTicketEvents.ticketId, logged.ticketId));
    expect(history.map((e) => e.action).sort()).toEqual(["support.ticket.call_logged", "support.ticket.created"]);
    const audit = await h.deps.db.select().from(auditLog).where(eq(auditLog.entityId, logged.ticketId));
    expect(audit.map((a) => a.action)).toContain("support.ticket.call_logged");

    const today = await agent.support.phone.calls({});
    expect(today.find((c) => c.id === logged.callId)).toMatchObject({
      ticketNumber: logged.ticketNumber,
      callerName: "Ville Virtanen",
      callerOrganizationName: "Kotipalvelu Virtanen",
      agentName: expect.any(String),
      viaPbx: false,
    });
    const onTicket = await agent.support.phone.calls({ ticketId: logged.ticketId });
    expect(onTicket.map((c) => c.id)).toEqual([logged.callId]);
    const yesterday = await agent.support.phone.calls({ date: "2026-11-22" });
    expect(yesterday.map((c) => c.id)).not.toContain(logged.callId);
  });

  it("logs a call on an existing ticket; refuses an unknown number, ticket or a missing subject by field", async () => {
    const existing = await h.deps.db.transaction((tx) =>
      createTicket(tx, {
        organizationId: h.demo.organizationIds.aalto,
        requesterUserId: h.demo.userIds["aino.aalto@demo.reskontra.fi"] ?? null,
        requesterEmail: "aino.aalto@demo.reskontra.fi",
        requesterName: "Aino Aalto",
        channel: "web",
        subject: "Tosite puuttuu",
        description: "Tosite 123 puuttuu raportilta, voitteko tarkistaa asian.",
        category: "technical",
        actorUserId: null,
        now: h.now.value,
      }),
    );
    const logged = await agent.support.phone.logCall({
      lineId: lineIds.software ?? "",
      ticketId: existing.id,
      direction: "outbound",
      callerNumber: "+358 50 111 2223",
      durationSeconds: 60,
      summary: "Soitin takaisin ja neuvoin.",
    });
    expect(logged).toMatchObject({ ticketId: existing.id, ticketNumber: existing.number });
    const [call] = await h.deps.db.select().from(supportCalls).where(eq(supportCalls.id, logged.callId));
    expect(call).toMatchObject({ direction: "outbound", calledNumber: "+358501112223", callerNumber: "+358912345670" });

    const base = { lineId: lineIds.software ?? "", durationSeconds: 10, summary: "x" };
    const bad = await expectRefusal(
      agent.support.phone.logCall({ ...base, subject: "s", callerNumber: "soita minulle" }),
      "BAD_REQUEST",
      "PHONE_NUMBER_INVALID",
    );
    expect(bad.data.field).toBe("callerNumber");
    const noSubject = await expectRefusal(
      agent.support.phone.logCall({ ...base, callerNumber: "0401234567" }),
      "BAD_REQUEST",
      "CALL_SUBJECT_REQUIRED",
    );
    expect(noSubject.data.field).toBe("subject");
    await expectRefusal(
      agent.support.phone.logCall({ ...base, callerNumber: "0401234567", ticketId: "00000000-0000-4000-8000-000000000000" }),
      "NOT_FOUND",
      "PHONE_TICKET_NOT_FOUND",
    );
  });

  it("a callback is promised inside the line's hours; outside them the refusal names the field and the hours", async () => {
    const base = { lineId: lineIds.invoices ?? "", phoneNumber: "040 123 4567", contactName: "Ville" };
    const demoCallbacks = (await h.deps.db.select().from(supportCallbacks)).length;
    const at1500 = await expectRefusal(
      agent.support.phone.createCallback({ ...base, promisedAt: new Date("2026-11-23T13:00:00Z") }), // 15.00: invoices closed
      "BAD_REQUEST",
      "CALLBACK_OUTSIDE_HOURS",
    );
    expect(at1500.data.field).toBe("promisedAt");
    expect(at1500.message).toBe(
      "Luvattu soittoaika ei ole linjan aukioloaikana: linja palvelee arkipäivisin klo 10.00–15.00, ei viikonloppuisin eikä pyhäpäivinä.",
    );
    const english = await expectRefusal(
      agent.support.phone.createCallback({ ...base, promisedAt: new Date("2026-12-24T09:00:00Z") }), // Christmas Eve
      "BAD_REQUEST",
      "CALLBACK_OUTSIDE_HOURS",
      "en",
    );
    expect(english.message).toContain("10.00–15.00");
    const past = await expectRefusal(
      agent.support.phone.createCallback({ ...base, promisedAt: new Date("2026-11-23T07:00:00Z") }),
      "BAD_REQUEST",
      "CALLBACK_TIME_PAST",
    );
    expect(past.data.field).toBe("promisedAt");
    // The demo's own callback was there before: no refused promise added a row.
    expect(await h.deps.db.select().from(supportCallbacks)).toHaveLength(demoCallbacks);
  });

  it("lists due callbacks earliest first with the late ones flagged; done and failed leave the queue", async () => {
    const line = lineIds.software ?? "";
    const first = await agent.support.phone.createCallback({
      lineId: line,
      phoneNumber: "0401234567",
      promisedAt: new Date("2026-11-23T09:00:00Z"), // 11.00
      note: "Laskun 1001021 korjaus",
    });
    const second = await agent.support.phone.createCallback({
      lineId: line,
      phoneNumber: "0501112223",
      promisedAt: new Date("2026-11-23T12:00:00Z"), // 14.00
    });
    h.now.value = new Date("2026-11-23T10:00:00Z"); // 12.00: the first is late
    // The demo's callback (seed-support-tickets.ts) waits in the same queue; these checks read this test's two.
    const ours = <T extends { id: string }>(rows: T[]) => rows.filter((r) => r.id === first.id || r.id === second.id);
    const due = ours(await agent.support.phone.dueCallbacks({}));
    expect(due.map((c) => [c.id, c.late, c.phoneNumber])).toEqual([
      [first.id, true, "+358401234567"],
      [second.id, false, "+358501112223"],
    ]);
    expect(due[0]?.assigneeName).toBeTruthy();
    expect(ours(await agent.support.phone.dueCallbacks({ mine: true }))).toHaveLength(2);

    await agent.support.phone.completeCallback({ callbackId: first.id, outcome: "done", note: "Hoidettu" });
    await agent.support.phone.completeCallback({ callbackId: second.id, outcome: "failed", note: "Ei vastannut" });
    expect(ours(await agent.support.phone.dueCallbacks({}))).toEqual([]);
    const rows = ours(await h.deps.db.select().from(supportCallbacks));
    expect(rows.map((r) => [r.id, r.status, r.note]).sort()).toEqual(
      [
        [first.id, "done", "Laskun 1001021 korjaus\nHoidettu"],
        [second.id, "cancelled", "Ei vastannut"],
      ].sort(),
    );
    const audit = await h.deps.db.select().from(auditLog).where(eq(auditLog.entityId, second.id));
    expect(audit.map((a) => a.action)).toEqual(["support.callback_promised", "support.callback_failed"]);
    await expectRefusal(
      agent.support.phone.completeCallback({ callbackId: first.id, outcome: "done" }),
      "CONFLICT",
      "CALLBACK_NOT_DUE",
    );
    h.now.value = MONDAY_1000;
  });

  it("reassigns a callback only to a support agent", async () => {
    const cb = await agent.support.phone.createCallback({
      lineId: lineIds.software ?? "",
      phoneNumber: "0401234567",
      promisedAt: new Date("2026-11-24T07:00:00Z"),
    });
    const refused = await expectRefusal(
      agent.support.phone.reassignCallback({
        callbackId: cb.id,
        assigneeUserId: h.demo.userIds["ville.virtanen@demo.reskontra.fi"] ?? "",
      }),
      "BAD_REQUEST",
      "CALLBACK_ASSIGNEE_NOT_AGENT",
    );
    expect(refused.data.field).toBe("assigneeUserId");
    const agents = await agent.support.phone.assignees();
    expect(agents.map((a) => a.id)).toContain(h.demo.userIds["agentti@demo.reskontra.fi"]);
    await agent.support.phone.reassignCallback({ callbackId: cb.id, assigneeUserId: agents[0]?.id ?? "" });
    await agent.support.phone.completeCallback({ callbackId: cb.id, outcome: "done" });
  });

  it("no one but an agent sees or logs calls and callbacks (a company admin, a user)", async () => {
    for (const email of ["paakayttaja@demo.reskontra.fi", "ville.virtanen@demo.reskontra.fi", "tuote@demo.reskontra.fi"]) {
      const caller = await h.as(email);
      await expectRefusal(caller.support.phone.calls({}), "FORBIDDEN", "ROLE_FORBIDDEN");
      await expectRefusal(caller.support.phone.dueCallbacks({}), "FORBIDDEN", "ROLE_FORBIDDEN");
      await expectRefusal(
        caller.support.phone.logCall({
          lineId: lineIds.software ?? "",
          callerNumber: "0401234567",
          subject: "x",
          durationSeconds: 1,
          summary: "x",
        }),
        "FORBIDDEN",
        "ROLE_FORBIDDEN",
      );
    }
    await expectRefusal(h.anonymous().support.phone.lines(), "UNAUTHORIZED", "AUTH_REQUIRED");
  });
});
