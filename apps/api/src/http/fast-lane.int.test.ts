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

function overHttp(url: string, headers: Record<string, string>): Promise<Seen> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${url}`, { headers }, (res) => {
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
    req.end();
  });
}

async function throughFastify(url: string, headers: Record<string, string>): Promise<Seen> {
  const answer = await app.inject({ method: "GET", url, headers });
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
