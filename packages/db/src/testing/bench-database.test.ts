import { describe, expect, it } from "vitest";
import { benchDatabaseName, STALE_BENCH_DATABASE_MS, staleBenchDatabases } from "./bench-database";

const PREFIX = "reskontra_bench_reports";
const now = new Date("2026-12-03T18:00:00Z");

describe("a bench's clean-up of databases left behind", () => {
  it("drops its own prefix's leftovers that are old and unused", () => {
    const old = benchDatabaseName(PREFIX, new Date(now.getTime() - STALE_BENCH_DATABASE_MS - 1000));
    expect(staleBenchDatabases(PREFIX, [{ name: old, connections: 0 }], now)).toEqual([old]);
  });

  it("keeps another checkout's bench: one made recently, or one with a connection however old", () => {
    const running = benchDatabaseName(PREFIX, new Date(now.getTime() - 60_000));
    const oldButConnected = benchDatabaseName(PREFIX, new Date(now.getTime() - 2 * STALE_BENCH_DATABASE_MS));
    expect(
      staleBenchDatabases(
        PREFIX,
        [
          { name: running, connections: 0 },
          { name: oldButConnected, connections: 3 },
        ],
        now,
      ),
    ).toEqual([]);
  });

  it("drops a name from before names carried the time only when nobody is connected", () => {
    const legacy = `${PREFIX}_0a1b2c3d`;
    expect(staleBenchDatabases(PREFIX, [{ name: legacy, connections: 0 }], now)).toEqual([legacy]);
    expect(staleBenchDatabases(PREFIX, [{ name: legacy, connections: 1 }], now)).toEqual([]);
  });

  it("never takes another bench's database whose prefix only starts with this one", () => {
    const other = benchDatabaseName("reskontra_bench_rep_x", new Date(now.getTime() - 2 * STALE_BENCH_DATABASE_MS));
    const otherLegacy = "reskontra_bench_mail_0a1b2c3d";
    expect(
      staleBenchDatabases(
        "reskontra_bench",
        [
          { name: other, connections: 0 },
          { name: otherLegacy, connections: 0 },
        ],
        now,
      ),
    ).toEqual([]);
  });
});
