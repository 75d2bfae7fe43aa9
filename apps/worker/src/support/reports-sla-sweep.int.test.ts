import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { alerts, auditLog, notifications, supportTicketEvents, supportTickets, users } from "@reskontra/db";
import type { TicketPriority, TicketStatus } from "@reskontra/domain";
import { createTicket, recordTicketChange } from "@reskontra/usecases/support";
import { eq, like } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SLA_BREACH_ALERT_KIND, SLA_BREACH_NOTIFICATION_KIND, slaSweepJob } from "./reports-sla-sweep";

// November 2021 in Helsinki is UTC+2 and its weekdays are all business days: 8.00 Helsinki = 06.00 UTC.
const d = (iso: string) => new Date(iso);
let database: TestDatabase;
let agentId = "";

beforeAll(async () => {
  database = await createTestDatabase();
  const [agent] = await database.db
    .insert(users)
    .values({ email: "sla-agentti@reskontra.test", name: "SLA Agentti", passwordHash: "x" })
    .returning({ id: users.id });
  agentId = agent?.id ?? "";
});
afterAll(async () => {
  await database?.dispose();
});

const sweepAt = (iso: string) => slaSweepJob({ db: database.db, clock: () => d(iso), logger: pino({ level: "silent" }) });

async function file(priority: TicketPriority, at: string, assignee: string | null = null) {
  const ticket = await database.db.transaction((tx) =>
    createTicket(tx, {
      organizationId: null,
      requesterUserId: null,
      requesterEmail: "asiakas@example.fi",
      requesterName: "Asiakas",
      channel: "email",
      subject: "Lasku ei mennyt perille",
      description: "Laskun 1001021 vastaanottaja ei saanut laskua.",
      category: "invoices",
      priority,
      actorUserId: null,
      now: d(at),
    }),
  );
  if (assignee)
    await database.db.update(supportTickets).set({ assigneeUserId: assignee }).where(eq(supportTickets.id, ticket.id));
  return ticket;
}

const setStatus = (ticketId: string, status: TicketStatus, at: string) =>
  database.db.transaction(async (tx) => {
    await tx.update(supportTickets).set({ status }).where(eq(supportTickets.id, ticketId));
    await recordTicketChange(tx, {
      ticketId,
      organizationId: null,
      actorUserId: agentId,
      action: "support.ticket.status_changed",
      status,
      at: d(at),
    });
  });

const alertEntries = async () =>
  (await database.db.select().from(alerts).where(eq(alerts.kind, SLA_BREACH_ALERT_KIND))).flatMap(
    (a) => (a.payload as { tickets: { ticketId: string; target: string }[] }).tickets,
  );

describe("the SLA breach sweep", () => {
  it("alerts each breach of each ticket once, however often and however concurrently it runs", async () => {
    // Urgent, filed Monday 1.11. at 9.00: one business hour to the first response, one day to resolve.
    const urgent = await file("urgent", "2021-11-01T07:00:00Z", agentId);

    expect((await sweepAt("2021-11-01T07:30:00Z")).raised).toEqual([]);
    const first = await sweepAt("2021-11-01T08:05:00Z");
    expect(first.raised).toEqual([
      { ticketId: urgent.id, number: urgent.number, target: "first_response", elapsedMinutes: 65, targetMinutes: 60 },
    ]);
    const again = await Promise.all([sweepAt("2021-11-01T08:10:00Z"), sweepAt("2021-11-01T08:15:00Z")]);
    expect(again.flatMap((r) => r.raised)).toEqual([]);

    // 9.00–16.00 Monday and 8.00–9.00 Tuesday make the 480 minutes of the resolution target.
    expect((await sweepAt("2021-11-02T07:00:00Z")).raised).toEqual([]);
    const second = await sweepAt("2021-11-02T07:05:00Z");
    expect(second.raised.map((r) => r.target)).toEqual(["resolution"]);
    expect((await sweepAt("2021-11-02T09:00:00Z")).raised).toEqual([]);

    const [stamped] = await database.db.select().from(supportTickets).where(eq(supportTickets.id, urgent.id));
    expect(stamped?.firstResponseBreachedAt).toEqual(d("2021-11-01T08:05:00Z"));
    expect(stamped?.resolutionBreachedAt).toEqual(d("2021-11-02T07:05:00Z"));
    expect((await alertEntries()).filter((e) => e.ticketId === urgent.id).map((e) => e.target)).toEqual([
      "first_response",
      "resolution",
    ]);
    const notices = await database.db.select().from(notifications).where(eq(notifications.userId, agentId));
    expect(notices.map((n) => [n.kind, (n.params as { target: string }).target])).toEqual([
      [SLA_BREACH_NOTIFICATION_KIND, "first_response"],
      [SLA_BREACH_NOTIFICATION_KIND, "resolution"],
    ]);
    const history = await database.db.select().from(supportTicketEvents).where(eq(supportTicketEvents.ticketId, urgent.id));
    expect(history.filter((e) => e.action === "support.ticket.sla_breached")).toHaveLength(2);
    const audit = await database.db.select().from(auditLog).where(like(auditLog.action, "support.ticket.sla_breached"));
    expect(audit.filter((a) => a.entityId === urgent.id)).toHaveLength(2);
  });

  it("does not alert a request that waits for the customer over the weekend, nor a resolved one", async () => {
    // High (2 h to answer), filed Friday 5.11. at 15.00; it waits for the customer from 15.30.
    const waiting = await file("high", "2021-11-05T13:00:00Z");
    await setStatus(waiting.id, "waiting_customer", "2021-11-05T13:30:00Z");
    const resolved = await file("urgent", "2021-11-05T13:00:00Z");
    await setStatus(resolved.id, "resolved", "2021-11-05T13:20:00Z");

    const beforeOpening = await sweepAt("2021-11-08T05:59:00Z"); // Monday 7.59
    expect(beforeOpening.raised.map((r) => r.ticketId)).not.toContain(waiting.id);
    expect(beforeOpening.raised.map((r) => r.ticketId)).not.toContain(resolved.id);

    // Back from the customer on Monday 8.00: 30 minutes were used on Friday, so the two hours end at 9.30.
    await setStatus(waiting.id, "open", "2021-11-08T06:00:00Z");
    expect((await sweepAt("2021-11-08T07:29:00Z")).raised).toEqual([]);
    const late = await sweepAt("2021-11-08T07:31:00Z");
    expect(late.raised.map((r) => [r.ticketId, r.target, r.elapsedMinutes])).toEqual([[waiting.id, "first_response", 121]]);
  });
});
