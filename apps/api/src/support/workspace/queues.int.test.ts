import { supportLines, supportTickets } from "@reskontra/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectRefusal, type Harness } from "../../testing";
import { AGENT, fileTicket, lineId } from "./workspace-fixtures";

// The agents' queues: per line, mine, unassigned, filters, Finnish full-text search, pages.
describe("the workspace queues", () => {
  let h: Harness;
  let agent: Awaited<ReturnType<Harness["as"]>>;
  const ids: Record<string, { id: string; number: number }> = {};
  let payrollLine = "";

  beforeAll(async () => {
    h = await createHarness();
    agent = await h.as(AGENT);
    // A line the demo agent does not work: its tickets stay out of the agent's line queues.
    const [payroll] = await h.deps.db
      .insert(supportLines)
      .values({ code: "payroll", nameFi: "Palkat", nameEn: "Payroll", openMinute: 480, closeMinute: 960 })
      .returning({ id: supportLines.id });
    payrollLine = payroll?.id ?? "";
    ids.einvoice = await fileTicket(h, {
      subject: "Verkkolaskut eivät mene perille",
      description: "Asiakkaani ei ole saanut laskujani operaattorin kautta. Lasku 1001021.",
    });
    h.now.value = new Date("2026-11-23T09:00:00Z");
    ids.login = await fileTicket(h, {
      subject: "Kirjautuminen epäonnistuu",
      description: "En pääse kirjautumaan sisään, salasana ei kelpaa.",
      category: "accounts",
    });
    h.now.value = new Date("2026-11-24T09:00:00Z");
    ids.voucher = await fileTicket(h, {
      subject: "Palveluseteli puuttuu",
      description: "Asiakkaan palvelusetelin tiedot eivät näy.",
      category: "vouchers",
    });
    ids.payroll = await fileTicket(h, { subject: "Palkkalaskelma", description: "Palkkalaskelma puuttuu.", lineId: payrollLine });
    h.now.value = new Date("2026-11-25T09:00:00Z");
  });
  afterAll(() => h.dispose());

  // The demo's own requests are in the desk too: each check reads this file's tickets among them.
  const ours = (n: number) => Object.values(ids).some((t) => t.number === n);
  const numbers = (page: { items: { number: number }[] }) => page.items.map((i) => i.number).filter(ours);

  it("lists the lines the agent works first, with their active counts, and every queue newest first", async () => {
    const lines = await agent.support.workspace.lines();
    expect(
      lines
        .filter((l) => l.member)
        .map((l) => l.code)
        .sort(),
    ).toEqual(["invoices", "software"]);
    expect(lines.find((l) => l.code === "payroll")).toMatchObject({ member: false, activeCount: 1 });
    const page = await agent.support.workspace.list({});
    expect(numbers(page)).toEqual([ids.voucher?.number, ids.login?.number, ids.einvoice?.number]);
    const invoices = await agent.support.workspace.list({ lineId: await lineId(h, "invoices") });
    expect(numbers(invoices)).toEqual([ids.einvoice?.number]);
  });

  it("shows the SLA time left in support hours with each row", async () => {
    const page = await agent.support.workspace.list({ query: String(ids.einvoice?.number) });
    // Filed Mon 23.11. 10:00 Helsinki, now Wed 25.11. 11:00: 6 + 8 + 3 = 17 business hours of 8 (normal priority).
    expect(page.items[0]?.sla.firstResponse).toEqual({
      targetMinutes: 480,
      leftMinutes: 480 - 17 * 60,
      paused: false,
      stopped: false,
      breached: true,
    });
  });

  it("mine and unassigned follow the assignee, including a ticket on a line the agent does not work", async () => {
    await agent.support.workspace.take({ ticketId: ids.login?.id ?? "" });
    await agent.support.workspace.take({ ticketId: ids.payroll?.id ?? "" });
    expect(numbers(await agent.support.workspace.list({ view: "mine" }))).toEqual([ids.payroll?.number, ids.login?.number]);
    expect(numbers(await agent.support.workspace.list({ view: "unassigned" }))).toEqual([
      ids.voucher?.number,
      ids.einvoice?.number,
    ]);
  });

  it("filters by status, category, priority, requester organization and date", async () => {
    await agent.support.workspace.update({ ticketId: ids.voucher?.id ?? "", status: "resolved", priority: "high" });
    expect(numbers(await agent.support.workspace.list({}))).not.toContain(ids.voucher?.number);
    expect(numbers(await agent.support.workspace.list({ statuses: ["resolved"] }))).toEqual([ids.voucher?.number]);
    expect(numbers(await agent.support.workspace.list({ category: "accounts" }))).toEqual([ids.login?.number]);
    expect(numbers(await agent.support.workspace.list({ statuses: ["resolved", "new"], priority: "high" }))).toEqual([
      ids.voucher?.number,
    ]);
    const virtanen = h.demo.organizationIds.virtanen;
    const organizations = await agent.support.workspace.organizations();
    expect(organizations.map((o) => o.id)).toContain(virtanen);
    expect(organizations.map((o) => o.id)).not.toContain(h.demo.organizationIds.operator);
    expect(numbers(await agent.support.workspace.list({ organizationId: virtanen }))).toHaveLength(2);
    expect(numbers(await agent.support.workspace.list({ organizationId: h.demo.organizationIds.aalto }))).toEqual([]);
    expect(numbers(await agent.support.workspace.list({ createdFrom: "2026-11-23", createdTo: "2026-11-23" }))).toEqual([
      ids.login?.number,
      ids.einvoice?.number,
    ]);
    await expectRefusal(agent.support.workspace.list({ createdFrom: "23.11.2026" }), "BAD_REQUEST", "INPUT_INVALID");
  });

  it("finds inflected Finnish words, part of the subject and the number", async () => {
    const found = async (query: string) => numbers(await agent.support.workspace.list({ query }));
    // "laskuja" and "laskun" share their stem with "laskujani", "kirjautumista" with "kirjautumaan"
    expect(await found("laskuja")).toEqual([ids.einvoice?.number]);
    expect(await found("laskun")).toEqual([ids.einvoice?.number]);
    expect(await found("operaattori")).toEqual([ids.einvoice?.number]);
    expect(await found("kirjautumista")).toEqual([ids.login?.number]);
    expect(await found("palvelusetelin")).toEqual([]);
    expect(numbers(await agent.support.workspace.list({ query: "palvelusetelin", statuses: ["resolved"] }))).toEqual([
      ids.voucher?.number,
    ]);
    expect(await found("epäonnist")).toEqual([ids.login?.number]);
    expect(await found(String(ids.login?.number))).toEqual([ids.login?.number]);
    expect(await found("100% _")).toEqual([]);
    expect(await found("kirjautuminen -salasana")).toEqual([]);
  });

  it("pages by keyset without repeating or losing a row, and refuses a forged cursor in words", async () => {
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await agent.support.workspace.list({ limit: 1, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((i) => i.number));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual((await agent.support.workspace.list({ limit: 100 })).items.map((i) => i.number));
    expect(seen.filter(ours)).toEqual([ids.login?.number, ids.einvoice?.number]);
    const refusal = await expectRefusal(agent.support.workspace.list({ cursor: "x" }), "BAD_REQUEST", "WORKSPACE_CURSOR_INVALID");
    expect(refusal.message).toMatch(/Sivutus/);
  });

  it("refuses requesters, company admins and other organizations' roles before reading anything", async () => {
    for (const email of [
      "ville.virtanen@demo.reskontra.fi",
      "paakayttaja@demo.reskontra.fi",
      "jarjestaja@demo.reskontra.fi",
      "tuote@demo.reskontra.fi",
    ]) {
      const caller = await h.as(email);
      await expectRefusal(caller.support.workspace.list({}), "FORBIDDEN", "ROLE_FORBIDDEN");
      await expectRefusal(caller.support.workspace.ticket({ ticketId: ids.einvoice?.id ?? "" }), "FORBIDDEN", "ROLE_FORBIDDEN");
      await expectRefusal(
        caller.support.workspace.addNote({ ticketId: ids.einvoice?.id ?? "", body: "x" }),
        "FORBIDDEN",
        "ROLE_FORBIDDEN",
      );
      await expectRefusal(caller.support.workspace.savedReplies({}), "FORBIDDEN", "ROLE_FORBIDDEN");
    }
    await expectRefusal(h.anonymous().support.workspace.list({}), "UNAUTHORIZED", "AUTH_REQUIRED");
    const [ticket] = await h.deps.db
      .select()
      .from(supportTickets)
      .where(eq(supportTickets.id, ids.einvoice?.id ?? ""));
    expect(ticket?.assigneeUserId).toBeNull();
  });
});
