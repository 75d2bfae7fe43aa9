import { sessions } from "@reskontra/db";
import { countingDb } from "@reskontra/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { authFromSession } from "./load-auth";
import { digest, newSecret } from "./tokens";

/**
 * Every call begins by loading its caller's session, user and roles. Calls that arrive together
 * share one query for it (lookup-batch.ts), and each still gets exactly its own caller.
 */

let h: Harness;
const closers: Array<() => Promise<unknown>> = [];
beforeAll(async () => {
  h = await createHarness();
});
/** The harness's database through a drizzle that counts the statements it sends. */
async function counted() {
  const counting = await countingDb(h.database);
  closers.push(() => counting.close());
  return counting;
}
afterAll(async () => {
  for (const close of closers) await close();
  await h?.dispose();
});

describe("loading the callers of calls that arrive together", () => {
  it("answers each with its own user and roles from one query, and an unknown or expired session as expired", async () => {
    const ville = await h.signIn("ville.virtanen@demo.reskontra.fi");
    const aino = await h.signIn("aino.aalto@demo.reskontra.fi");
    const admin = await h.signIn("paakayttaja@demo.reskontra.fi");
    const expired = newSecret();
    const [session] = await h.database.db.select().from(sessions).limit(1);
    if (!session) throw new Error("no session to copy");
    await h.database.db
      .insert(sessions)
      .values({ ...session, tokenHash: digest(expired), expiresAt: new Date(h.now.value.getTime() - 1000) });

    const { db, statements } = await counted();
    const tokens = [ville, aino, "not-a-session", admin, ville, expired];
    const results = await Promise.all(tokens.map((token) => authFromSession(db, token, h.now.value)));

    expect(results.map((r) => r.auth?.user.email ?? r.problem)).toEqual([
      "ville.virtanen@demo.reskontra.fi",
      "aino.aalto@demo.reskontra.fi",
      "SESSION_EXPIRED",
      "paakayttaja@demo.reskontra.fi",
      "ville.virtanen@demo.reskontra.fi",
      "SESSION_EXPIRED",
    ]);
    expect(results[3]?.auth?.memberships.map((m) => m.role)).toContain("company_admin");
    expect(results[0]?.auth?.memberships.map((m) => m.role)).not.toContain("company_admin");
    // One query for all six, and one more to remove the expired session.
    expect(statements()).toBe(2);
    const left = await h.database.db.select().from(sessions);
    expect(left.some((s) => s.tokenHash === digest(expired))).toBe(false);
  });

  it("gives a call that arrives later a query of its own, seeing what changed in between", async () => {
    const token = await h.signIn("aino.aalto@demo.reskontra.fi");
    const { db, statements } = await counted();
    expect((await authFromSession(db, token, h.now.value)).auth?.user.email).toBe("aino.aalto@demo.reskontra.fi");
    await h.database.db.delete(sessions).where(eq(sessions.tokenHash, digest(token)));
    expect((await authFromSession(db, token, h.now.value)).problem).toBe("SESSION_EXPIRED");
    expect(statements()).toBe(2);
  });
});
