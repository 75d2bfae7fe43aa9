import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { noJobQueue, startJobQueue, type RunningJobQueue } from "@reskontra/jobs";
import { secondFactors } from "@reskontra/db";
import { eq } from "drizzle-orm";
import pino from "pino";
import { authFromSession } from "../auth/load-auth";
import { SESSION_COOKIE } from "../auth/tokens";
import { totpCodeAt } from "../auth/totp";
import { createCaller } from "../router";
import { DEMO_PASSWORD } from "../seed/demo-people";
import type { SeededDemo } from "../seed/seed-demo";
import { createContextInner, type Deps } from "../trpc/context";
import { demoTemplate, demoWithQueueTemplate, TEST_START } from "./demo-templates";
import { useTestRunHetuKey } from "./hetu-test-key";

export interface Harness {
  database: TestDatabase;
  deps: Deps;
  demo: SeededDemo;
  /** A settable clock: tests move time instead of waiting for it. */
  now: { value: Date };
  anonymous(opts?: { ip?: string }): ReturnType<typeof createCaller>;
  /** Signs in through auth.login like the browser does and returns a caller carrying that session. */
  as(email: string): Promise<ReturnType<typeof createCaller>>;
  /** The raw session token of the last `signIn`, for expiry tests. */
  signIn(email: string, password?: string): Promise<string>;
  callerWithSession(token: string): Promise<ReturnType<typeof createCaller>>;
  dispose(): Promise<void>;
}

/**
 * A copy of the seeded demo database. `queue: true` starts the real pg-boss queue on it (sending
 * only, no handlers), so procedures that enqueue can be checked against pgboss.job.
 */
export async function createHarness(options: { queue?: boolean; start?: Date } = {}): Promise<Harness> {
  await useTestRunHetuKey();
  const database = await createTestDatabase(options.queue ? demoWithQueueTemplate : demoTemplate);
  const now = { value: options.start ?? TEST_START };
  const logger = pino({ level: "silent" });
  let queue: RunningJobQueue | undefined;
  if (options.queue) queue = await startJobQueue({ database, url: database.url, logger });
  const deps: Deps = {
    db: database.db,
    clock: () => now.value,
    jobs: queue?.jobs ?? noJobQueue,
    logger,
  };
  const demo = database.prepared;

  /**
   * Password, then — for the roles that need it — the second factor, as the browser does. The
   * harness reads the person's TOTP secret from the database and, because tests call `as()` many
   * times at one frozen instant, forgets the last used step first; replay refusal itself is
   * tested in auth/second-factor.int.test.ts, without this help.
   */
  async function signIn(email: string, password = DEMO_PASSWORD): Promise<string> {
    const jar = new Map<string, string>();
    const caller = createCaller(
      createContextInner(deps, {
        cookies: {
          set: (name, value) => void jar.set(name, value),
          clear: (name) => void jar.delete(name),
          get: (name) => jar.get(name),
        },
      }),
    );
    const { userId, secondFactor } = await caller.auth.login({ email, password });
    if (secondFactor === "enrol") {
      const { secret } = await caller.auth.startSecondFactorEnrolment();
      await caller.auth.confirmSecondFactor({ code: totpCodeAt(secret, now.value) });
    } else if (secondFactor === "verify") {
      const [factor] = await deps.db
        .update(secondFactors)
        .set({ lastUsedStep: null })
        .where(eq(secondFactors.userId, userId))
        .returning({ secret: secondFactors.secret });
      if (!factor) throw new Error("no second factor to verify");
      await caller.auth.verifySecondFactor({ code: totpCodeAt(factor.secret, now.value) });
    }
    const token = jar.get(SESSION_COOKIE);
    if (!token) throw new Error("login set no session cookie");
    return token;
  }

  async function callerWithSession(token: string) {
    const { auth, problem } = await authFromSession(deps.db, token, deps.clock());
    return createCaller(createContextInner(deps, { auth, authProblem: problem }));
  }

  return {
    database,
    deps,
    demo,
    now,
    anonymous: (opts = {}) => createCaller(createContextInner(deps, { ip: opts.ip ?? null })),
    as: async (email) => callerWithSession(await signIn(email)),
    signIn,
    callerWithSession,
    async dispose() {
      await queue?.stop();
      await database.dispose();
    },
  };
}
