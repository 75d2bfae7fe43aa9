import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { sessions, users } from "@reskontra/db";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorker, type RunningWorker } from "../worker";
import { cleanExpiredSessions as cleanJob } from "@reskontra/jobs";

let database: TestDatabase;
let worker: RunningWorker;
const now = new Date("2026-11-23T12:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
  worker = await startWorker({ database, url: database.url, clock: () => now, logger: pino({ level: "silent" }) });
});
afterAll(async () => {
  await worker?.stop();
  await database?.dispose();
});

describe("expired-session clean-up job", () => {
  it("removes expired sessions through the real queue and keeps live ones", async () => {
    const [user] = await database.db.insert(users).values({ email: "a@example.fi", name: "A", passwordHash: "x" }).returning();
    if (!user) throw new Error("no user");
    await database.db.insert(sessions).values([
      { tokenHash: "expired", userId: user.id, expiresAt: new Date("2026-11-23T11:59:59Z") },
      { tokenHash: "live", userId: user.id, expiresAt: new Date("2026-11-23T12:30:00Z") },
    ]);
    const jobId = await worker.jobs.send(cleanJob, {});
    expect(jobId).toBeTruthy();
    await expect
      .poll(async () => (await database.db.select().from(sessions)).map((s) => s.tokenHash), { timeout: 20_000, interval: 200 })
      .toEqual(["live"]);
  });
});
