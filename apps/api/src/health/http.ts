import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import type { ApiApp } from "../http/api-app";
import type { Deps } from "../trpc/context";

/** A load balancer waits about this long for readiness; a database slower than this is not ready. */
export const READY_TIMEOUT_MS = 1000;

type Readiness = { ready: true } | { ready: false; reason: string };

/** Whether the database answers `select 1` within the timeout; a late answer is still a "no". */
export async function checkReadiness(deps: Pick<Deps, "db">, timeoutMs = READY_TIMEOUT_MS): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: `database did not answer within ${timeoutMs} ms` }), timeoutMs);
  });
  // The query may fail after the timeout has answered: it is settled here, never left unhandled.
  const query = queryRows(deps.db, sql`select 1 as one`).then(
    (): Readiness => ({ ready: true }),
    (error: unknown): Readiness => ({ ready: false, reason: `database unreachable: ${describe(error)}` }),
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The driver's code (ECONNREFUSED, 57P01, CONNECTION_CLOSED…) rather than its message, which may carry the host. */
function describe(error: unknown): string {
  for (
    let e: unknown = error, depth = 0;
    e && typeof e === "object" && depth < 8;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return "error";
}

/**
 * Plain HTTP probes for an orchestrator or load balancer: liveness says the process runs (restart it
 * if not); readiness says it can serve now (send it traffic), false while the database is unreachable.
 */
export function registerHealthRoutes(app: ApiApp, deps: Pick<Deps, "db">): void {
  app.get("/health/live", async () => ({ status: "live" }));
  app.get("/health/ready", async (_request, reply) => {
    const readiness = await checkReadiness(deps);
    if (readiness.ready) return { status: "ready" };
    return reply.code(503).header("cache-control", "no-store").send({ status: "not-ready", reason: readiness.reason });
  });
}
