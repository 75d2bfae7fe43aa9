import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { alerts, auditLog, supportCallbacks, supportLines } from "@reskontra/db";
import { eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CALLBACK_LATE_ALERT_KIND, sweepLateCallbacksJob } from "./phone-late-callbacks";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.dispose();
});

const logger = pino({ level: "silent" });

describe("late callback sweep", () => {
  it("lists each late callback once in the day's alert, however often it runs; done or future ones are left alone", async () => {
    const [line] = await database.db.select().from(supportLines).where(eq(supportLines.code, "software"));
    const lineId = line?.id ?? "";
    const cb = (promisedAt: string, status: "due" | "done" = "due") => ({
      lineId,
      phoneNumber: "+358401234567",
      promisedAt: new Date(promisedAt),
      status,
    });
    const [late, later, done, future] = await database.db
      .insert(supportCallbacks)
      .values([
        cb("2026-11-23T08:00:00Z"),
        cb("2026-11-23T09:00:00Z"),
        cb("2026-11-23T07:00:00Z", "done"),
        cb("2026-11-23T12:00:00Z"),
      ])
      .returning();

    // Mon 23.11. 10.30 Helsinki: the 10.00 promise is late.
    let now = new Date("2026-11-23T08:30:00Z");
    const ctx = { db: database.db, clock: () => now, logger };
    expect((await sweepLateCallbacksJob(ctx)).map((c) => c.id)).toEqual([late?.id]);
    expect(await sweepLateCallbacksJob(ctx)).toEqual([]);
    // 11.30: the 11.00 one joins the same alert; the first is not listed again.
    now = new Date("2026-11-23T09:30:00Z");
    expect((await sweepLateCallbacksJob(ctx)).map((c) => c.id)).toEqual([later?.id]);
    await Promise.all([sweepLateCallbacksJob(ctx), sweepLateCallbacksJob(ctx)]);

    const rows = await database.db.select().from(alerts).where(eq(alerts.kind, CALLBACK_LATE_ALERT_KIND));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.businessDate).toBe("2026-11-23");
    const listed = (rows[0]?.payload as { callbacks: { id: string; promisedAt: string }[] }).callbacks;
    expect(listed.map((c) => [c.id, c.promisedAt])).toEqual([
      [late?.id, "2026-11-23T08:00:00.000Z"],
      [later?.id, "2026-11-23T09:00:00.000Z"],
    ]);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "support.callback_late"));
    expect(audit.map((a) => a.entityId).sort()).toEqual([late?.id, later?.id].sort());
    const [untouchedDone] = await database.db
      .select()
      .from(supportCallbacks)
      .where(eq(supportCallbacks.id, done?.id ?? ""));
    const [untouchedFuture] = await database.db
      .select()
      .from(supportCallbacks)
      .where(eq(supportCallbacks.id, future?.id ?? ""));
    expect(untouchedDone?.lateNotifiedAt).toBeNull();
    expect(untouchedFuture?.lateNotifiedAt).toBeNull();
  });
});
