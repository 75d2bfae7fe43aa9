import { supportCallbacks, supportCalls, supportLines, supportTickets } from "@reskontra/db";
import type { TicketCategory, TicketChannel, TicketPriority, TicketStatus } from "@reskontra/domain";
import { addTicketMessage, createTicket, recordTicketChange } from "@reskontra/usecases/support";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectRefusal, type Harness } from "../../testing";

// November 2021 in Helsinki is UTC+2 (summer time ended 31 October); 1.11. is a Monday and All
// Saints' Day falls on Saturday 6.11., so every weekday is a business day: 8.00 Helsinki = 06.00 UTC.
const d = (iso: string) => new Date(iso);

describe("the monthly support report", () => {
  let h: Harness;
  const lineIds: Record<string, string> = {};
  beforeAll(async () => {
    h = await createHarness();
    for (const line of await h.deps.db.select().from(supportLines)) lineIds[line.code] = line.id;
    const [payroll] = await h.deps.db
      .insert(supportLines)
      .values({ code: "payroll-test", nameFi: "Palkat", nameEn: "Payroll", openMinute: 480, closeMinute: 960 })
      .returning({ id: supportLines.id });
    lineIds["payroll-test"] = payroll?.id ?? "";
    await seedNovember();
  });
  afterAll(() => h.dispose());

  const agent = () => h.demo.userIds["agentti@demo.reskontra.fi"] ?? "";
  const requester = () => h.demo.userIds["ville.virtanen@demo.reskontra.fi"] ?? "";

  async function file(t: { channel: TicketChannel; category: TicketCategory; priority: TicketPriority; at: string }) {
    return h.deps.db.transaction((tx) =>
      createTicket(tx, {
        organizationId: h.demo.organizationIds.virtanen,
        requesterUserId: requester(),
        requesterEmail: "ville.virtanen@demo.reskontra.fi",
        requesterName: "Ville Virtanen",
        channel: t.channel,
        subject: "Raporttitesti",
        description: "Laskun 1001021 kysymys",
        category: t.category,
        priority: t.priority,
        actorUserId: requester(),
        now: d(t.at),
      }),
    );
  }
  const reply = (ticketId: string, at: string) =>
    h.deps.db.transaction((tx) =>
      addTicketMessage(tx, { ticketId, kind: "reply", authorUserId: agent(), authorEmail: null, body: "Vastaus", now: d(at) }),
    );
  // The workspace room owns status changes; the report only reads the history they leave.
  const setStatus = (ticketId: string, status: TicketStatus, at: string) =>
    h.deps.db.transaction(async (tx) => {
      await tx
        .update(supportTickets)
        .set({ status, ...(status === "resolved" ? { resolvedAt: d(at) } : {}) })
        .where(eq(supportTickets.id, ticketId));
      await recordTicketChange(tx, {
        ticketId,
        organizationId: h.demo.organizationIds.virtanen,
        actorUserId: agent(),
        action: "support.ticket.status_changed",
        status,
        at: d(at),
      });
    });

  async function seedNovember() {
    // A, normal: answered in an hour, resolved next morning (7 h + 1 h = 480 business minutes).
    const a = await file({ channel: "web", category: "invoices", priority: "normal", at: "2021-11-01T07:00:00Z" });
    await reply(a.id, "2021-11-01T08:00:00Z");
    await setStatus(a.id, "resolved", "2021-11-02T07:00:00Z");
    // B, urgent, filed Friday 15.30, answered Monday 8.45: 75 minutes, over the hour; resolved Monday 12.00 (270).
    const b = await file({ channel: "email", category: "technical", priority: "urgent", at: "2021-11-05T13:30:00Z" });
    await reply(b.id, "2021-11-08T06:45:00Z");
    await setStatus(b.id, "resolved", "2021-11-08T10:00:00Z");
    // C, high: answered 8.59, waiting for the customer Wed 9.00 – Thu 10.00, resolved Thu 11.00 (60 + 60).
    const c = await file({ channel: "web", category: "vouchers", priority: "high", at: "2021-11-03T06:00:00Z" });
    await reply(c.id, "2021-11-03T06:59:00Z");
    await setStatus(c.id, "waiting_customer", "2021-11-03T07:00:00Z");
    await setStatus(c.id, "open", "2021-11-04T08:00:00Z");
    await setStatus(c.id, "resolved", "2021-11-04T09:00:00Z");
    // D, low, unanswered: 3 of its 16 business hours used at the report time.
    await file({ channel: "phone", category: "invoices", priority: "low", at: "2021-11-29T13:00:00Z" });
    // Outside the Helsinki month: 23.30 on 31.10. and 00.30 on 1.12.
    await file({ channel: "web", category: "accounts", priority: "normal", at: "2021-10-31T21:30:00Z" });
    await file({ channel: "web", category: "accounts", priority: "normal", at: "2021-11-30T22:30:00Z" });

    const call = (line: string, startedAt: string, ticketId: string | null = null) => ({
      lineId: lineIds[line] ?? "",
      ticketId,
      startedAt: d(startedAt),
      durationSeconds: 120,
    });
    await h.deps.db.insert(supportCalls).values([
      ...Array.from({ length: 4 }, (_, i) => call("invoices", `2021-11-1${i}T09:00:00Z`)),
      call("invoices", "2021-11-15T09:00:00Z", a.id),
      call("software", "2021-11-16T09:00:00Z"),
      call("software", "2021-11-16T10:00:00Z", c.id), // on a vouchers ticket: counts as vouchers
      call("payroll-test", "2021-11-17T09:00:00Z"), // no ticket, no default category
      call("software", "2021-11-30T22:30:00Z"), // December in Helsinki
    ]);
    const callback = (promisedAt: string, status: "due" | "done" | "cancelled", doneAt: string | null) => ({
      lineId: lineIds.invoices ?? "",
      phoneNumber: "+358401234567",
      promisedAt: d(promisedAt),
      status,
      doneAt: doneAt ? d(doneAt) : null,
    });
    await h.deps.db
      .insert(supportCallbacks)
      .values([
        callback("2021-11-10T08:00:00Z", "done", "2021-11-10T07:50:00Z"),
        callback("2021-11-10T09:00:00Z", "done", "2021-11-10T09:00:00Z"),
        callback("2021-11-11T09:00:00Z", "done", "2021-11-11T09:30:00Z"),
        callback("2021-11-12T09:00:00Z", "due", null),
        callback("2021-11-13T09:00:00Z", "cancelled", null),
      ]);
    h.now.value = d("2021-11-30T08:00:00Z"); // Tuesday 10.00
  }

  it("counts the month's requests and calls by channel, category and line, with medians, p90 and SLA met %", async () => {
    const agentCaller = await h.as("agentti@demo.reskontra.fi");
    const report = await agentCaller.support.reports.monthly({ month: "2021-11" });
    expect(report.from).toEqual(d("2021-10-31T22:00:00Z"));
    expect(report.requests.total).toBe(4);
    expect(report.requests.byChannel).toEqual({ web: 2, email: 1, phone: 1, voucher_report: 0, agent: 0 });
    expect(report.requests.byCategory).toEqual({ invoices: 2, vouchers: 1, reminders: 0, accounts: 0, technical: 1 });
    expect(report.calls.total).toBe(8);
    expect(report.calls.byCategory).toEqual({ invoices: 5, vouchers: 1, reminders: 0, accounts: 0, technical: 1 });
    expect(report.calls.uncategorized).toBe(1);
    expect(report.calls.byLine).toEqual([
      { lineCode: "invoices", nameFi: "Laskutuksen asiakaspalvelu", nameEn: "Invoicing customer service", count: 5 },
      { lineCode: "payroll-test", nameFi: "Palkat", nameEn: "Payroll", count: 1 },
      { lineCode: "software", nameFi: "Ohjelmistotuki", nameEn: "Software support", count: 2 },
    ]);
    expect(report.firstResponse).toEqual({ count: 3, medianMinutes: 60, p90Minutes: 75, met: 2, breached: 1, metPercent: 66.7 });
    expect(report.resolution).toEqual({ count: 3, medianMinutes: 270, p90Minutes: 480, met: 3, breached: 0, metPercent: 100 });
    expect(report.sla).toEqual({ met: 2, decided: 3, metPercent: 66.7 });
    expect(report.callbacks).toEqual({ promised: 4, kept: 2, late: 1, missed: 1, keptPercent: 50 });
  });

  it("exports the figures as a Finnish CSV: BOM, semicolons, decimal commas, CRLF", async () => {
    const product = await h.as("tuote@demo.reskontra.fi");
    const { csv, fileName, contentType } = await product.support.reports.monthlyCsv({ month: "2021-11" });
    expect(fileName).toBe("asiakastuki-raportti-2021-11.csv");
    expect(contentType).toBe("text/csv; charset=utf-8");
    expect(csv.startsWith("\uFEFFOsio;Nimike;Arvo;Yksikkö\r\n")).toBe(true);
    const rows = csv.slice(1).trimEnd().split("\r\n");
    expect(rows.every((r) => r.split(";").length === 4)).toBe(true);
    expect(rows).toContain("Kuukausi;2021-11;;");
    expect(rows).toContain("Pyynnöt kanavittain;Verkkolomake;2;kpl");
    expect(rows).toContain("Puhelut linjoittain;Laskutuksen asiakaspalvelu;5;kpl");
    expect(rows).toContain("Ensivastaus;Mediaani;1,0;h (arkiaika)");
    expect(rows).toContain("Ensivastaus;90. persentiili;1,3;h (arkiaika)");
    expect(rows).toContain("Ratkaisu;Mediaani;4,5;h (arkiaika)");
    expect(rows).toContain("Palvelutaso;Tavoitteessa %;66,7;%");
    expect(rows).toContain("Takaisinsoitot;Pidetty %;50,0;%");
  });

  it("requesters and company admins cannot read reports; a wrong month is refused in plain words", async () => {
    const user = await h.as("ville.virtanen@demo.reskontra.fi");
    await expectRefusal(user.support.reports.monthly({ month: "2021-11" }), "FORBIDDEN", "ROLE_FORBIDDEN");
    await expectRefusal(user.support.reports.monthlyCsv({ month: "2021-11" }), "FORBIDDEN", "ROLE_FORBIDDEN");
    const admin = await h.as("paakayttaja@demo.reskontra.fi");
    await expectRefusal(admin.support.reports.monthly({ month: "2021-11" }), "FORBIDDEN", "ROLE_FORBIDDEN");
    const agentCaller = await h.as("agentti@demo.reskontra.fi");
    const refused = await expectRefusal(
      agentCaller.support.reports.monthly({ month: "2021-13" }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(refused.data.fieldErrors.month).toEqual(["Valitse raportin kuukausi muodossa VVVV-KK, esimerkiksi 2026-11."]);
  });
});
