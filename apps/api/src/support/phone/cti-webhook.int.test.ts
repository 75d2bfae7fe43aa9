import { createHash } from "node:crypto";
import type { AddressInfo } from "node:net";
import { auditLog, organizations, supportCalls, supportLines } from "@reskontra/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer, type ApiServer } from "../../http/server";
import { DEMO_CTI_SECRET } from "../../seed/seed-support";
import { createHarness, type Harness } from "../../testing";

// The PBX posts over real HTTP to a listening server, as in production.
describe("CTI webhook", () => {
  let h: Harness;
  let app: ApiServer;
  let base: string;
  let softwareId: string;
  const INVOICE_LINE_SECRET = "laskutuslinjan-oma-salaisuus";

  beforeAll(async () => {
    h = await createHarness({ start: new Date("2026-11-23T08:00:00Z") });
    app = await buildServer({ deps: h.deps, cookieSecure: "false" });
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    // Each line has its own secret: the invoice line's is not the demo one.
    await h.deps.db
      .update(supportLines)
      .set({ ctiSecretHash: createHash("sha256").update(INVOICE_LINE_SECRET).digest("hex") })
      .where(eq(supportLines.code, "invoices"));
    const [software] = await h.deps.db.select().from(supportLines).where(eq(supportLines.code, "software"));
    softwareId = software?.id ?? "";
  });
  afterAll(async () => {
    await app?.close();
    await h?.dispose();
  });

  function post(line: string, body: unknown, headers: Record<string, string> = { authorization: `Bearer ${DEMO_CTI_SECRET}` }) {
    return fetch(`${base}/hooks/support/phone/${line}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  }

  async function callOf(lineCode: string, externalCallId: string) {
    const [line] = await h.deps.db.select().from(supportLines).where(eq(supportLines.code, lineCode));
    const rows = await h.deps.db
      .select()
      .from(supportCalls)
      .where(and(eq(supportCalls.lineId, line?.id ?? ""), eq(supportCalls.externalCallId, externalCallId)));
    return rows;
  }

  it("new, answered and hung up make one call with the caller recognised and the talk time as duration", async () => {
    const events = [
      { event: "call.new", timestamp: "2026-11-23T08:00:00Z" },
      { event: "call.answered", timestamp: "2026-11-23T08:00:20Z" },
      { event: "call.hungup", timestamp: "2026-11-23T08:04:05Z" },
    ];
    for (const e of events) {
      const response = await post("software", { ...e, callId: "pbx-1", from: "+358 40 123 4567", to: "+358912345670" });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ok: true, changed: true });
    }
    const rows = await callOf("software", "pbx-1");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      direction: "inbound",
      callerNumber: "+358401234567",
      calledNumber: "+358912345670",
      callerUserId: h.demo.userIds["ville.virtanen@demo.reskontra.fi"],
      callerOrganizationId: h.demo.organizationIds.virtanen,
      startedAt: new Date("2026-11-23T08:00:00Z"),
      answeredAt: new Date("2026-11-23T08:00:20Z"),
      endedAt: new Date("2026-11-23T08:04:05Z"),
      durationSeconds: 225,
      ticketId: null,
    });
    // The agents' list of today's calls shows it as a PBX call.
    const agent = await h.as("agentti@demo.reskontra.fi");
    const today = await agent.support.phone.calls({});
    expect(today.find((c) => c.id === rows[0]?.id)).toMatchObject({ viaPbx: true, callerName: "Ville Virtanen" });
  });

  it("retries and out-of-order events change nothing twice; a missed call lasts 0 s; the line can be named by id", async () => {
    const hangup = { event: "hangup", callId: "pbx-2", from: "0501112223", timestamp: "2026-11-23T09:01:00Z" };
    const created = { event: "new", callId: "pbx-2", from: "0501112223", timestamp: "2026-11-23T09:00:00Z" };
    expect((await post("software", hangup)).status).toBe(200);
    expect((await post("software", created)).status).toBe(200);
    const retry = await post(softwareId, hangup);
    expect(await retry.json()).toMatchObject({ ok: true, changed: false });
    expect((await post("software", created)).status).toBe(200);
    const rows = await callOf("software", "pbx-2");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      startedAt: new Date("2026-11-23T09:00:00Z"),
      answeredAt: null,
      endedAt: new Date("2026-11-23T09:01:00Z"),
      durationSeconds: 0,
      callerUserId: h.demo.userIds["aino.aalto@demo.reskontra.fi"],
    });
    const audit = await h.deps.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, rows[0]?.id ?? ""));
    expect(audit.map((a) => a.action)).toEqual(["support.call.cti_hungup", "support.call.cti_new"]);
  });

  it("form-encoded posts and the X-CTI-Secret header work too; a customer organization is recognised by its number", async () => {
    await h.deps.db
      .update(organizations)
      .set({ phone: "+358311234567" })
      .where(eq(organizations.id, h.demo.organizationIds.aalto));
    const response = await fetch(`${base}/hooks/support/phone/software`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-cti-secret": DEMO_CTI_SECRET },
      body: new URLSearchParams({ event: "new", callId: "pbx-3", from: "03 1123 4567", timestamp: "2026-11-23T10:00:00+02:00" }),
    });
    expect(response.status).toBe(200);
    const [row] = await callOf("software", "pbx-3");
    expect(row).toMatchObject({ callerUserId: null, callerOrganizationId: h.demo.organizationIds.aalto });
  });

  it("a wrong or missing secret is 401, and one line's secret does not open another line", async () => {
    const event = { event: "new", callId: "pbx-x", from: "0401234567", timestamp: "2026-11-23T08:00:00Z" };
    expect((await post("software", event, { authorization: "Bearer väärä" })).status).toBe(401);
    expect((await post("software", event, {})).status).toBe(401);
    // The demo secret belongs to the software line, not to the invoice line.
    const crossed = await post("invoices", event);
    expect(crossed.status).toBe(401);
    expect(await crossed.json()).toMatchObject({ error: "CTI_SECRET_INVALID" });
    expect(await callOf("invoices", "pbx-x")).toEqual([]);
    expect(await callOf("software", "pbx-x")).toEqual([]);
    // With its own secret the same PBX call id is the invoice line's own call, apart from the software line's.
    const own = await post("invoices", { ...event, callId: "pbx-1" }, { authorization: `Bearer ${INVOICE_LINE_SECRET}` });
    expect(own.status).toBe(200);
    expect(await callOf("invoices", "pbx-1")).toHaveLength(1);
    const software = await callOf("software", "pbx-1");
    expect(software[0]?.durationSeconds).toBe(225);
    expect((await post("ei-tallaista", event)).status).toBe(404);
  });

  it("a bad payload is 400 naming the field and the reason, never 500", async () => {
    const cases: [unknown, string][] = [
      ["{not json", "body"],
      [{ callId: "a", timestamp: "2026-11-23T08:00:00Z" }, "event"],
      [{ event: "exploded", callId: "a", timestamp: "2026-11-23T08:00:00Z" }, "event"],
      [{ event: "new", timestamp: "2026-11-23T08:00:00Z" }, "callId"],
      [{ event: "new", callId: "a", timestamp: "eilen" }, "timestamp"],
      [{ event: "new", callId: "a", from: "soita minulle", timestamp: "2026-11-23T08:00:00Z" }, "from"],
      [[1, 2, 3], "body"],
      ["", "body"],
    ];
    for (const [body, field] of cases) {
      const response = await post("software", body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const answer = (await response.json()) as { error: string; field: string; reason: string };
      expect(answer.field, JSON.stringify(body)).toBe(field);
      expect(answer.reason.length).toBeGreaterThan(3);
    }
    const huge = await post("software", { event: "new", callId: "a".repeat(20_000), timestamp: "2026-11-23T08:00:00Z" });
    expect(huge.status).toBe(413);
    // A hidden number is a call without a number, not a bad payload.
    const hidden = await post("software", {
      event: "new",
      callId: "pbx-4",
      from: "anonymous",
      timestamp: "2026-11-23T08:00:00Z",
    });
    expect(hidden.status).toBe(200);
    expect((await callOf("software", "pbx-4"))[0]).toMatchObject({ callerNumber: null, callerUserId: null });
  });
});
