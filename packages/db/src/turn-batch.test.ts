import { describe, expect, it } from "vitest";
import { perDatabase } from "./per-database";
import { turnBatcher } from "./turn-batch";
import type { Db } from "./client";

describe("requests of one turn sent together", () => {
  it("sends a turn's requests as one batch in the order asked, each answered at its own position", async () => {
    const sent: number[][] = [];
    const double = turnBatcher<number, number>(async (batch) => {
      sent.push(batch);
      return batch.map((n) => n * 2);
    });
    expect(await Promise.all([double(3), double(1), double(3)])).toEqual([6, 2, 6]);
    expect(await double(5)).toBe(10);
    expect(sent).toEqual([[3, 1, 3], [5]]);
  });

  it("sends a full batch at once and fails only the requests of a failed send", async () => {
    const sent: string[][] = [];
    const lookup = turnBatcher<string, string>(async (batch) => {
      sent.push(batch);
      if (batch.includes("bad")) throw new Error("refused");
      return batch;
    }, 2);
    const results = await Promise.allSettled(["a", "bad", "c"].map(lookup));
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "fulfilled"]);
    expect(sent).toEqual([["a", "bad"], ["c"]]);
  });
});

describe("made once per database", () => {
  it("makes a value once for each handle and again for another", () => {
    let made = 0;
    const of = perDatabase(() => ({ n: ++made }));
    const one = {} as Db;
    const two = {} as Db;
    expect(of(one)).toBe(of(one));
    expect(of(two).n).toBe(2);
    expect(made).toBe(2);
  });
});
