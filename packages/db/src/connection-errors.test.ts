import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "./client";
import { isConnectionLost } from "./connection-errors";
import { uncaughtErrorPolicy } from "./lost-connection-policy";

/** What a query answers when no server listens: port 1 on this machine refuses at once. */
async function errorOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("the query did not fail");
}

describe("a lost database connection", () => {
  it("is recognised in the driver's own error and through drizzle's wrapping", async () => {
    const database = await createDb("postgres://postgres@127.0.0.1:1/none", { max: 1 });
    try {
      const wrapped = await errorOf(() => database.db.execute(sql`select 1`));
      expect(isConnectionLost(wrapped)).toBe(true);
      const raw = await errorOf(() => database.executeSql("select 1"));
      expect((raw as { code?: string }).code).toBe("ECONNREFUSED");
      expect(isConnectionLost(raw)).toBe(true);
    } finally {
      await database.close();
    }
  });

  it("covers the server's shutdown and connection SQLSTATEs and node-postgres's dropped socket", () => {
    for (const code of [
      "57P01",
      "57P02",
      "57P03",
      "08006",
      "08003",
      "CONNECTION_CLOSED",
      "CONNECTION_ENDED",
      "CONNECTION_DESTROYED",
      "ECONNRESET",
    ]) {
      expect(isConnectionLost(Object.assign(new Error("x"), { code })), code).toBe(true);
    }
    expect(isConnectionLost(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isConnectionLost(new Error("outer", { cause: new Error("inner", { cause: { code: "57P01" } }) }))).toBe(true);
  });

  it("is not a wrong query, a refused write or anything else", () => {
    for (const code of ["23505", "42P01", "40001", "57014"]) {
      expect(isConnectionLost(Object.assign(new Error("x"), { code })), code).toBe(false);
    }
    expect(isConnectionLost(new TypeError("Cannot read properties of null"))).toBe(false);
    expect(isConnectionLost("ECONNRESET")).toBe(false);
    expect(isConnectionLost(null)).toBe(false);
  });
});

describe("the last resort for uncaught errors", () => {
  function recorded() {
    const lines: { level: string; message: string }[] = [];
    const exits: number[] = [];
    const policy = uncaughtErrorPolicy(
      {
        error: (_fields, message) => void lines.push({ level: "error", message }),
        fatal: (_fields, message) => void lines.push({ level: "fatal", message }),
      },
      (code) => void exits.push(code),
    );
    return { lines, exits, policy };
  }

  it("logs a lost connection and keeps the process", () => {
    const { lines, exits, policy } = recorded();
    expect(policy("unhandledRejection", Object.assign(new Error("terminating connection"), { code: "57P01" }))).toBe("survived");
    expect(exits).toEqual([]);
    expect(lines).toEqual([{ level: "error", message: "database connection lost outside any request; carrying on" }]);
  });

  it("logs anything else as fatal and exits with 1", () => {
    const { lines, exits, policy } = recorded();
    expect(policy("uncaughtException", new TypeError("undefined is not a function"))).toBe("exited");
    expect(exits).toEqual([1]);
    expect(lines.map((l) => l.level)).toEqual(["fatal"]);
  });
});
