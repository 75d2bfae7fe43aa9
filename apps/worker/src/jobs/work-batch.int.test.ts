import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { defineJob, startJobQueue, type RunningJobQueue } from "@reskontra/jobs";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { workBatch } from "./work-each";

/** pg-boss's batches as the worker takes them: through the real queue on the test database. */

let database: TestDatabase;
let queue: RunningJobQueue;
const logger = pino({ level: "silent" });

beforeAll(async () => {
  database = await createTestDatabase();
  queue = await startJobQueue({ database, url: database.url, logger });
});
afterAll(async () => {
  await queue?.stop();
  await database?.dispose();
});

const numbered = defineJob({ name: "test.work-batch", schema: z.object({ n: z.number().int() }), retryLimit: 0 });

describe("a batch handler", () => {
  it("takes a backlog batch after batch without sleeping out the polling interval, and fails only the jobs it failed", async () => {
    await queue.boss.createQueue(numbered.name);
    const ids = await Promise.all(Array.from({ length: 30 }, (_, n) => queue.jobs.send(numbered, { n })));
    const batches: number[][] = [];
    await workBatch(
      queue.boss,
      numbered,
      logger,
      async (payloads) => {
        batches.push(payloads.map((p) => p.n));
        return payloads.map((p) => (p.n === 7 ? new Error("seven is refused") : "done"));
      },
      // A polling interval far longer than the wait below: only fetching at once after a full batch passes.
      { batchSize: 10, pollingIntervalSeconds: 60 },
    );

    await expect.poll(() => batches.flat().length, { timeout: 20_000, interval: 100 }).toBe(30);
    expect(batches.map((b) => b.length)).toEqual([10, 10, 10]);
    expect(batches.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, n) => n));

    const stateOf = async (index: number) => (await queue.boss.getJobById(numbered.name, ids[index] ?? ""))?.state;
    await expect.poll(() => stateOf(7), { timeout: 10_000 }).toBe("failed");
    await expect.poll(() => stateOf(8), { timeout: 10_000 }).toBe("completed");
    const failed = await queue.boss.getJobById(numbered.name, ids[7] ?? "");
    expect(failed?.output).toMatchObject({ message: "seven is refused" });
  });
});
