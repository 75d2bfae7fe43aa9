import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lookupBatcher } from "./lookup-batch";

interface Row {
  key: string;
  value: number;
}

/** A batcher over a table of rows that records the keys of every query it is sent. */
function recorded(table: Map<string, number>, maxKeys?: number) {
  const queries: string[][] = [];
  const lookup = lookupBatcher<Row>(
    async (keys) => {
      queries.push(keys);
      return keys.flatMap((key) => (table.has(key) ? [{ key, value: table.get(key) ?? 0 }] : []));
    },
    (row) => row.key,
    maxKeys,
  );
  return { lookup, queries };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("credential lookups in batches", () => {
  it("answers the lookups of one turn with one query, each with its own row or none", async () => {
    const { lookup, queries } = recorded(
      new Map([
        ["a", 1],
        ["b", 2],
      ]),
    );
    const answers = await Promise.all([lookup("a"), lookup("missing"), lookup("b")]);
    expect(answers).toEqual([{ key: "a", value: 1 }, undefined, { key: "b", value: 2 }]);
    expect(queries).toEqual([["a", "missing", "b"]]);
  });

  it("asks once for a key looked up twice in a turn and answers both", async () => {
    const { lookup, queries } = recorded(new Map([["a", 1]]));
    const [first, second] = await Promise.all([lookup("a"), lookup("a")]);
    expect(first).toEqual({ key: "a", value: 1 });
    expect(second).toEqual(first);
    expect(queries).toEqual([["a"]]);
  });

  it("sends a later turn's lookups in a query of their own", async () => {
    const { lookup, queries } = recorded(new Map([["a", 1]]));
    const first = lookup("a");
    await nextTurn();
    const second = lookup("b");
    expect([await first, await second]).toEqual([{ key: "a", value: 1 }, undefined]);
    expect(queries).toEqual([["a"], ["b"]]);
  });

  it("sends a full batch at once and starts the next", async () => {
    const { lookup, queries } = recorded(new Map(), 2);
    await Promise.all(["a", "b", "c", "d", "e"].map(lookup));
    expect(queries).toEqual([["a", "b"], ["c", "d"], ["e"]]);
  });

  it("fails every lookup of a failed query with its error, and the next turn asks again", async () => {
    let fail = true;
    const lookup = lookupBatcher<Row>(
      async (keys) => {
        if (fail) throw new Error("connection lost");
        return keys.map((key) => ({ key, value: 0 }));
      },
      (row) => row.key,
    );
    const results = await Promise.allSettled([lookup("a"), lookup("b")]);
    expect(results.map((r) => (r.status === "rejected" ? (r.reason as Error).message : "answered"))).toEqual([
      "connection lost",
      "connection lost",
    ]);
    fail = false;
    expect(await lookup("a")).toEqual({ key: "a", value: 0 });
  });

  it("answers any mix of keys and batch sizes as a lookup one at a time would", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom("a", "b", "c", "d", "e", "f"), { maxLength: 30 }),
        fc.integer({ min: 1, max: 8 }),
        async (keys, maxKeys) => {
          const table = new Map([
            ["a", 1],
            ["c", 3],
            ["e", 5],
          ]);
          const { lookup, queries } = recorded(table, maxKeys);
          const answers = await Promise.all(keys.map(lookup));
          expect(answers).toEqual(keys.map((key) => (table.has(key) ? { key, value: table.get(key) } : undefined)));
          for (const query of queries) {
            expect(query.length).toBeLessThanOrEqual(maxKeys);
            expect(new Set(query).size).toBe(query.length);
          }
        },
      ),
    );
  });
});
