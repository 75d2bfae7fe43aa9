import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../auth/tokens";
import { createHarness, type Harness } from "../testing/harness";
import type { ApiServer } from "./server";
import { serverOnHarness } from "./test-app";

// The fast lane (fast-lane.ts) answers GET /trpc reads over real HTTP; fastify's route answers the
// same request through app.inject. Both doors must give the same status, headers and body.

const AGENT = "agentti@demo.reskontra.fi";
/** Headers that differ per response whichever door answers. */
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding"]);

let h: Harness;
let app: ApiServer;
let lines: string[];
let origin: string;
let agentCookie: string;

interface Seen {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

function decoded(body: Buffer, encoding: unknown): string {
  if (encoding === "br") return brotliDecompressSync(body).toString();
  if (encoding === "gzip") return gunzipSync(body).toString();
  return body.toString();
}

interface Sent {
  method?: "GET" | "POST";
  headers: Record<string, string>;
  /** A POST's body; sent with its Content-Length unless `chunked`. */
  body?: string;
  chunked?: boolean;
}

function overHttp(url: string, headers: Record<string, string>, sent: Omit<Sent, "headers"> = {}): Promise<Seen> {
  const { method = "GET", body, chunked = false } = sent;
  const length = body !== undefined && !chunked ? { "content-length": String(Buffer.byteLength(body)) } : {};
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${url}`, { method, headers: { ...headers, ...length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: decoded(Buffer.concat(chunks), res.headers["content-encoding"]),
        }),
      );
    });
    req.on("error", reject);
    // A body written before the end goes chunked: node states a length only for a body given to end().
    if (chunked) req.write(body ?? "");
    req.end(chunked ? undefined : body);
  });
}

async function throughFastify(url: string, headers: Record<string, string>, sent: Omit<Sent, "headers"> = {}): Promise<Seen> {
  const { method = "GET", body } = sent;
  const answer = await app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body }) });
  return {
    status: answer.statusCode,
    headers: answer.headers,
    body: decoded(answer.rawPayload, answer.headers["content-encoding"]),
  };
}

function comparable(seen: Seen) {
  const headers = Object.fromEntries(Object.entries(seen.headers).filter(([name]) => !PER_RESPONSE.has(name)));
  // A compressed body's length depends on the bytes compressed, which are the same: compare it too.
  return { status: seen.status, headers, body: seen.body };
}

beforeAll(async () => {
  h = await createHarness();
  ({ app, lines } = await serverOnHarness(h));
  origin = await app.listen({ port: 0, host: "127.0.0.1" });
  agentCookie = `${SESSION_COOKIE}=${await h.signIn(AGENT)}`;
});
afterAll(async () => {
  await app?.close();
  await h?.dispose();
});

describe("the fast lane for reads", () => {
  const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));
  const cases: [string, string, () => Record<string, string>][] = [
    ["a signed-in read", "/trpc/auth.whoami", () => ({ cookie: agentCookie })],
    ["a read without a session", "/trpc/auth.whoami", () => ({})],
    ["a read in English without a session", "/trpc/auth.whoami", () => ({ cookie: "rsk_locale=en" })],
    ["an unknown procedure", "/trpc/invoices.nothingHere", () => ({ cookie: agentCookie })],
    ["a mutation asked with GET", "/trpc/auth.logout", () => ({ cookie: agentCookie })],
    ["a bad input", `/trpc/invoices.detail?input=${input({ json: { invoiceId: "x" } })}`, () => ({ cookie: agentCookie })],
    ["input that is not JSON", `/trpc/invoices.detail?input=%7Bnope`, () => ({ cookie: agentCookie })],
    [
      "a batch with one refusal",
      `/trpc/auth.whoami,invoices.nothingHere?batch=1&input=${input({})}`,
      () => ({ cookie: agentCookie }),
    ],
    ["a large answer, brotli", "/trpc/invoices.openReceivables", () => ({ cookie: agentCookie, "accept-encoding": "br, gzip" })],
    ["a large answer, gzip", "/trpc/invoices.openReceivables", () => ({ cookie: agentCookie, "accept-encoding": "gzip" })],
    ["a large answer, plain", "/trpc/invoices.openReceivables", () => ({ cookie: agentCookie })],
    ["an unknown API token", "/trpc/auth.whoami", () => ({ authorization: "Bearer rsk_nope" })],
  ];
  for (const [what, url, headers] of cases) {
    it(`answers ${what} as fastify's route does`, async () => {
      const served = app.fastLane.served;
      const lane = await overHttp(url, headers());
      expect(app.fastLane.served, "the lane took the request").toBe(served + 1);
      const route = await throughFastify(url, headers());
      expect(comparable(lane)).toEqual(comparable(route));
    });
  }

  it("compresses a large answer and leaves a small one as it is", async () => {
    const large = await overHttp("/trpc/invoices.openReceivables", { cookie: agentCookie, "accept-encoding": "br" });
    expect(large.body.length).toBeGreaterThan(1024);
    expect(large.headers["content-encoding"]).toBe("br");
    const small = await overHttp("/trpc/auth.whoami", { cookie: agentCookie, "accept-encoding": "br" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  it("leaves to fastify what is not a read: batches over the limit, mutations, files, odd paths", async () => {
    const served = app.fastLane.served;
    const many = Array.from({ length: 11 }, () => "auth.whoami").join(",");
    expect((await overHttp(`/trpc/${many}?batch=1`, { cookie: agentCookie })).status).toBe(400);
    expect((await overHttp("/trpc/%ED%A0%80", {})).status).toBe(404);
    expect((await overHttp("/healthz", {})).status).toBe(200);
    expect(app.fastLane.served).toBe(served);
  });

  it("logs one line per request with its id, method, URL and status, and never the session", async () => {
    lines.length = 0;
    await overHttp("/trpc/auth.whoami", { cookie: agentCookie, "x-request-id": "lane-test-1" });
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.reqId === "lane-test-1");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      msg: "request completed",
      res: { statusCode: 200, method: "GET", url: "/trpc/auth.whoami" },
    });
    expect(lines.join("")).not.toContain(agentCookie.split("=")[1]);
  });
});

describe("the fast lane for mutations", () => {
  const json = { "content-type": "application/json" };
  const body = (value: unknown) => JSON.stringify(value);
  // Where the browser sent them: the same Host on both doors, so the same-origin check compares alike.
  const site = { host: "reskontra.test" };
  const cases: [string, string, () => Record<string, string>, string][] = [
    [
      "a signed-in mutation from the app's page",
      "/trpc/auth.setLocale",
      () => ({ ...json, ...site, cookie: agentCookie, "sec-fetch-site": "same-origin", origin: "http://reskontra.test" }),
      body({ json: { locale: "fi" } }),
    ],
    [
      "a mutation from the CLI or a script",
      "/trpc/auth.setLocale",
      () => ({ ...json, cookie: agentCookie }),
      body({ json: { locale: "fi" } }),
    ],
    ["a mutation without a session", "/trpc/auth.setLocale", () => ({ ...json }), body({ json: { locale: "fi" } })],
    ["a mutation in English without a session", "/trpc/auth.setLocale", () => ({ ...json, cookie: "rsk_locale=en" }), body({})],
    ["a bad input", "/trpc/invoices.submit", () => ({ ...json, cookie: agentCookie }), body({ json: { invoiceId: "x" } })],
    ["a body that is not JSON", "/trpc/invoices.submit", () => ({ ...json, cookie: agentCookie }), "{nope"],
    ["a query asked with POST", "/trpc/auth.whoami", () => ({ ...json, cookie: agentCookie }), body({})],
    [
      "a batch with one refusal",
      "/trpc/auth.setLocale,invoices.submit?batch=1",
      () => ({ "content-type": "application/json; charset=utf-8", cookie: agentCookie }),
      body({ 0: { json: { locale: "fi" } }, 1: { json: { invoiceId: "x" } } }),
    ],
    ["an unknown API token", "/trpc/auth.setLocale", () => ({ ...json, authorization: "Bearer rsk_nope" }), body({})],
  ];
  for (const [what, url, headers, sent] of cases) {
    it(`answers ${what} as fastify's route does`, async () => {
      const served = app.fastLane.served;
      const lane = await overHttp(url, headers(), { method: "POST", body: sent });
      expect(app.fastLane.served, "the lane took the request").toBe(served + 1);
      const route = await throughFastify(url, headers(), { method: "POST", body: sent });
      expect(comparable(lane)).toEqual(comparable(route));
    });
  }

  it("leaves to fastify's request guard what it refuses, and bodies it would judge itself", async () => {
    const served = app.fastLane.served;
    const post = (headers: Record<string, string>, sent: string, chunked = false) =>
      overHttp("/trpc/auth.setLocale", { cookie: agentCookie, ...headers }, { method: "POST", body: sent, chunked });
    const locale = body({ json: { locale: "fi" } });
    // Another site's page: refused by the guard (403), never run.
    expect((await post({ ...json, origin: "https://evil.example" }, locale)).status).toBe(403);
    expect((await post({ ...json, "sec-fetch-site": "cross-site" }, locale)).status).toBe(403);
    // What a cross-site form can send without asking: not JSON (415).
    expect((await post({ "content-type": "text/plain" }, locale)).status).toBe(415);
    // No stated length (chunked), an empty body (no input), an encoded body, a body over fastify's limit.
    expect((await post(json, locale, true)).status).toBe(200);
    expect((await post(json, "")).status).toBe(400);
    // fastify reads an "encoded" body as sent (it decodes nothing); the lane leaves the judgement to it.
    expect((await post({ ...json, "content-encoding": "gzip" }, locale)).status).toBe(200);
    expect((await post(json, body({ json: { locale: "x".repeat(1_048_577) } }))).status).toBe(413);
    expect(app.fastLane.served).toBe(served);
  });
});
