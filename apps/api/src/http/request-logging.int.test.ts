import { Writable } from "node:stream";
import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { noJobQueue } from "@reskontra/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../logger";
import { buildServer, type ApiServer } from "./server";

// A fictional identity code that is valid by the DVV algorithm (individual number in the 900s).
const HETU = "010101A9992";

let database: TestDatabase;
let app: ApiServer;
const lines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const logger = createLogger({ level: "info", destination });
  app = await buildServer({
    deps: { db: database.db, clock: () => new Date(), jobs: noJobQueue, logger },
    cookieSecure: "false",
  });
});
afterAll(async () => {
  await app?.close();
  await database?.dispose();
});

describe("request logging", () => {
  it("logs each request but never a session cookie, a token or a personal identity code", async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { query: HETU } }));
    const response = await app.inject({
      method: "GET",
      url: `/trpc/invoices.search?input=${input}`,
      headers: { cookie: "rsk_session=very-secret-session", authorization: "Bearer rsk_secret-token" },
    });
    expect(response.statusCode).toBe(401);
    const log = lines.join("");
    expect(log).toContain("invoices.search");
    expect(log).not.toContain(HETU);
    // The code's tail in code form; a bare "9992" also turns up by chance in timestamps and ids.
    expect(log).not.toMatch(/A9992(?![0-9A-Za-z])/);
    expect(log).not.toContain("very-secret-session");
    expect(log).not.toContain("rsk_secret-token");
  });

  it("maps a refusal to its HTTP status with the code and a Finnish message", async () => {
    const response = await app.inject({ method: "GET", url: "/trpc/auth.whoami" });
    expect(response.statusCode).toBe(401);
    // superjson wraps the error shape as it wraps results.
    const body = response.json<{ error: { json: { message: string; data: { appCode: string; httpStatus: number } } } }>();
    expect(body.error.json.data.appCode).toBe("AUTH_REQUIRED");
    expect(body.error.json.message).toBe("Kirjaudu sisään jatkaaksesi.");
  });

  it("answers the health endpoint", async () => {
    const response = await app.inject({ method: "GET", url: "/trpc/health.check" });
    expect(response.statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/healthz" })).json()).toEqual({ status: "ok" });
  });
});
