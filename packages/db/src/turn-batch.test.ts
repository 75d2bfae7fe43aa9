import { describe, expect, it } from "vitest";
import { perDatabase } from "./per-database";
import { laneBatcher, turnBatcher } from "./turn-batch";
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

describe("one batch at a time per lane", () => {
  function recorder(maxRequests?: number) {
    const sent: string[][] = [];
    const releases: (() => void)[] = [];
    const echo = laneBatcher<string, string>(
      (request) => request.split(":")[0] ?? "",
      async (lane, batch) => {
        sent.push(batch);
        // Each batch is answered only when the test releases it, so the test decides what is in flight.
        await new Promise<void>((release) => releases.push(release));
        if (batch.includes(`${lane}:bad`)) throw new Error("refused");
        return batch.map((r) => r.toUpperCase());
      },
      maxRequests,
    );
    return { sent, releases, echo };
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it("sends a lane's turn together, holds what arrives meanwhile, and sends it as one batch when the first is answered", async () => {
    const { sent, releases, echo } = recorder();
    const first = [echo("a:1"), echo("a:2"), echo("b:1")];
    await settle();
    expect(sent).toEqual([["a:1", "a:2"], ["b:1"]]);
    const later = [echo("a:3"), echo("a:4"), echo("b:2")];
    await settle();
    // Lane a has a batch out: a:3 and a:4 wait; so does b:2 behind b's.
    expect(sent).toHaveLength(2);
    releases.shift()?.();
    expect(await Promise.all(first.slice(0, 2))).toEqual(["A:1", "A:2"]);
    await settle();
    expect(sent[2]).toEqual(["a:3", "a:4"]);
    releases.shift()?.();
    expect(await first[2]).toBe("B:1");
    await settle();
    expect(sent[3]).toEqual(["b:2"]);
    releases.splice(0).forEach((release) => release());
    expect(await Promise.all(later)).toEqual(["A:3", "A:4", "B:2"]);
  });

  it("fails only a failed batch's requests, goes on with the next, and caps a batch at maxRequests", async () => {
    const { sent, releases, echo } = recorder(2);
    const results = ["a:1", "a:bad", "a:3"].map((r) =>
      echo(r).then(
        (v) => v,
        (e: Error) => e.message,
      ),
    );
    await settle();
    expect(sent).toEqual([["a:1", "a:bad"]]);
    releases.shift()?.();
    await settle();
    await settle();
    expect(sent[1]).toEqual(["a:3"]);
    releases.shift()?.();
    expect(await Promise.all(results)).toEqual(["refused", "refused", "A:3"]);
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
