import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { noJobQueue, startJobQueue, type RunningJobQueue } from "@reskontra/jobs";
import pino from "pino";
import { authFromSession } from "../auth/load-auth";
import { SESSION_COOKIE } from "../auth/tokens";
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

  async function signIn(email: string, password = DEMO_PASSWORD): Promise<string> {
    let token: string | undefined;
    const caller = createCaller(
      createContextInner(deps, {
        cookies: {
          set: (name, value) => {
            if (name === SESSION_COOKIE) token = value;
          },
          clear: () => {},
        },
      }),
    );
    await caller.auth.login({ email, password });
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
