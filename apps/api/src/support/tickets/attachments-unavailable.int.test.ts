import { createDb, type Database } from "@reskontra/db";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../../auth/tokens";
import { buildServer, type ApiServer } from "../../http/server";
import { createHarness, type Harness } from "../../testing";

// The file routes are plain HTTP beside tRPC; when the database cannot be reached they must answer
// like the procedures do (503 with Retry-After, in words), not 500. A database on a port nothing
// listens on is refused at once, which the driver reports like a connection lost mid-request.
describe("support file routes while the database is unreachable", () => {
  let h: Harness;
  let unreachable: Database;
  let app: ApiServer;
  let base: string;

  beforeAll(async () => {
    h = await createHarness();
    unreachable = await createDb("postgres://postgres@127.0.0.1:9/reskontra", { max: 1 });
    app = await buildServer({ deps: { ...h.deps, db: unreachable.db }, cookieSecure: "false" });
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await unreachable?.close().catch(() => undefined);
    await h?.dispose();
  });

  it("answers a download and an upload with 503, Retry-After and the reason in the caller's language", async () => {
    const cookie = `${SESSION_COOKIE}=${await h.signIn("ville.virtanen@demo.reskontra.fi")}; rsk_locale=en`;
    const id = "5b0f2d0e-7a52-4d4c-9a3e-2f6f0c1d9a11";
    const download = await fetch(`${base}/files/support/attachments/${id}`, { headers: { cookie } });
    const upload = await fetch(`${base}/files/support/tickets/${id}/messages/${id}/attachments?name=a.png`, {
      method: "POST",
      headers: { cookie, "content-type": "application/octet-stream" },
      body: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });
    for (const response of [download, upload]) {
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
    }
    expect(((await download.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: "DATABASE_UNAVAILABLE",
      message: expect.stringContaining("database"),
    });
  });
});
