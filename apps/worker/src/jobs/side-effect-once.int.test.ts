import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSideEffectOnce, SideEffectInFlightError } from "./side-effect-once";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.dispose());

const clock = () => new Date("2026-12-04T10:00:00Z");

describe("side effects claimed together", () => {
  it("performs each key once when many are claimed at the same moment, the same key twice included", async () => {
    const performed: string[] = [];
    const run = (key: string) =>
      runSideEffectOnce(database.db, {
        key,
        clock,
        parseResult: (stored) => stored as { key: string },
        perform: async () => {
          performed.push(key);
          return { key };
        },
      });
    const keys = ["claim:a", "claim:b", "claim:c", "claim:a"];
    const settled = await Promise.allSettled(keys.map(run));

    expect(performed.sort()).toEqual(["claim:a", "claim:b", "claim:c"]);
    expect(settled.slice(0, 3).map((s) => s.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    // The second ask for "claim:a" found it claimed by the first, still in flight: it retries later.
    const second = settled[3];
    expect(second?.status === "rejected" && second.reason).toBeInstanceOf(SideEffectInFlightError);
    // Asked again afterwards, every key answers its stored result without acting.
    const again = await Promise.all(["claim:a", "claim:b"].map(run));
    expect(again).toEqual([
      { status: "done", result: { key: "claim:a" }, performedNow: false },
      { status: "done", result: { key: "claim:b" }, performedNow: false },
    ]);
    expect(performed).toHaveLength(3);
  });
});
