import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiServer } from "../http/server";
import { serverOnHarness } from "../http/test-app";
import { createHarness, type Harness } from "../testing/harness";

// Liveness and readiness over plain HTTP, as a load balancer asks, and what a tRPC call answers
// once the database is gone: 503 with Retry-After in the caller's words, never a 500.
let h: Harness;
let app: ApiServer;

beforeAll(async () => {
  h = await createHarness();
  ({ app } = await serverOnHarness(h));
});
afterAll(async () => {
  await app?.close();
  await h?.dispose().catch(() => undefined);
});

describe("health probes", () => {
  it("are live and ready while the database answers, and the old probes still work", async () => {
    const live = await app.inject({ method: "GET", url: "/health/live" });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: "live" });
    const ready = await app.inject({ method: "GET", url: "/health/ready" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: "ready" });
    expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/trpc/health.check" })).statusCode).toBe(200);
  });

  it("say not ready with a reason once the database is gone, while the process stays live", async () => {
    await h.database.close();
    const ready = await app.inject({ method: "GET", url: "/health/ready" });
    expect(ready.statusCode).toBe(503);
    expect(ready.json<{ status: string; reason: string }>()).toMatchObject({ status: "not-ready" });
    expect(ready.json<{ reason: string }>().reason).toMatch(/^database /);
    expect((await app.inject({ method: "GET", url: "/health/live" })).statusCode).toBe(200);

    // postgres.js reports a closed pool as CONNECTION_ENDED, one of the lost-connection codes;
    // PGlite has no connection to lose, so only PostgreSQL can show the 503 here.
    if (h.database.kind !== "postgres") return;
    const call = await app.inject({ method: "GET", url: "/trpc/health.check", headers: { cookie: "rsk_locale=en" } });
    expect(call.statusCode).toBe(503);
    expect(call.headers["retry-after"]).toBe("5");
    const error = call.json<{ error: { json: { message: string; data: { appCode: string } } } }>().error.json;
    expect(error.data.appCode).toBe("DATABASE_UNAVAILABLE");
    expect(error.message).toBe("The connection to the database was lost for a moment. Try again in a few seconds.");
  });
});
