import { describe, expect, it } from "vitest";
import { perDatabase } from "./per-database";
import { pipelineBatcher, turnBatcher } from "./turn-batch";
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

describe("batches in a pipeline", () => {
  function recorder(options: { maxRequests: number; inFlight: number }) {
    const sent: string[][] = [];
    const releases: (() => void)[] = [];
    const echo = pipelineBatcher<string, string>(async (batch) => {
      sent.push(batch);
      // Each batch is answered only when the test releases it, so the test decides what is in flight.
      await new Promise<void>((release) => releases.push(release));
      if (batch.includes("bad")) throw new Error("refused");
      return batch.map((r) => r.toUpperCase());
    }, options);
    return { sent, releases, echo };
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it("sends a turn together, holds what arrives while the pipeline is full, and sends it as one batch when a batch is answered", async () => {
    const { sent, releases, echo } = recorder({ maxRequests: 100, inFlight: 2 });
    const first = [echo("a"), echo("b")];
    await settle();
    const second = [echo("c")];
    await settle();
    expect(sent).toEqual([["a", "b"], ["c"]]);
    // Two batches are out: d, e and f wait for either.
    const later = [echo("d"), echo("e"), echo("f")];
    await settle();
    expect(sent).toHaveLength(2);
    releases.shift()?.();
    expect(await Promise.all(first)).toEqual(["A", "B"]);
    await settle();
    expect(sent[2]).toEqual(["d", "e", "f"]);
    releases.splice(0).forEach((release) => release());
    expect(await Promise.all([...second, ...later])).toEqual(["C", "D", "E", "F"]);
  });

  it("fails only a failed batch's requests, goes on with the next, and caps a batch at maxRequests", async () => {
    const { sent, releases, echo } = recorder({ maxRequests: 2, inFlight: 1 });
    const results = ["a", "bad", "c"].map((r) =>
      echo(r).then(
        (v) => v,
        (e: Error) => e.message,
      ),
    );
    await settle();
    expect(sent).toEqual([["a", "bad"]]);
    releases.shift()?.();
    await settle();
    await settle();
    expect(sent[1]).toEqual(["c"]);
    releases.shift()?.();
    expect(await Promise.all(results)).toEqual(["refused", "refused", "C"]);
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
