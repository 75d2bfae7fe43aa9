import { loginThrottle } from "@reskontra/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverOnHarness, trpcBody } from "../http/test-app";
import type { ApiServer } from "../http/server";
import { DEMO_PASSWORD } from "../seed/demo-people";
import { demoTotpCode } from "../seed/demo-totp";
import { createHarness, type Harness } from "../testing/harness";
import { delayAfter, sourceOf } from "./throttle";

// Sign-in throttling through the real HTTP server (auth/throttle.ts, numbers in auth/policy.ts):
// from one source an account gets 5 free failures, then waits 30 s, 1, 2, 4, 8, at most 15 minutes
// before its next password is checked — a delay, never a lock; other sources are not affected.

let h: Harness;
let app: ApiServer;
let proxied: ApiServer;
beforeAll(async () => {
  h = await createHarness();
  app = (await serverOnHarness(h)).app;
  proxied = (await serverOnHarness(h, { trustedProxies: ["10.0.0.1"] })).app;
});
afterAll(async () => {
  await app?.close();
  await proxied?.close();
  await h?.dispose();
});

function login(server: ApiServer, email: string, password: string, from: string, headers: Record<string, string> = {}) {
  return server.inject({
    method: "POST",
    url: "/trpc/auth.login",
    remoteAddress: from,
    headers: { "content-type": "application/json", ...headers },
    payload: trpcBody({ email, password }),
  });
}

/** Password, then the demo second factor's code: what makes a source the owner's known one. */
async function signInFully(server: ApiServer, email: string, from: string) {
  const password = await login(server, email, DEMO_PASSWORD, from);
  const challenge = password.cookies.find((c) => c.name === "rsk_2fa");
  if (!challenge) throw new Error("no second-factor challenge");
  return server.inject({
    method: "POST",
    url: "/trpc/auth.verifySecondFactor",
    remoteAddress: from,
    headers: { "content-type": "application/json", cookie: `rsk_2fa=${challenge.value}` },
    payload: trpcBody({ code: demoTotpCode(h.now.value) }),
  });
}

async function failuresOf(email: string) {
  const rows = await h.database.db.select().from(loginThrottle).where(eq(loginThrottle.account, email));
  return Object.fromEntries(rows.map((r) => [r.source, r.failures]));
}

describe("sign-in throttling", () => {
  it("checks at most five passwords of 30 parallel wrong guesses; the right one then waits too", async () => {
    const email = "jarjestaja@demo.reskontra.fi";
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => login(app, email, `guess-${i}`, "203.0.113.10")));
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
    expect(await failuresOf(email)).toEqual({ "203.0.113.10": 5, "*": 5 });
    const right = await login(app, email, DEMO_PASSWORD, "203.0.113.10");
    expect(right.statusCode).toBe(429);
    expect(right.json<{ error: { json: { message: string } } }>().error.json.message).toContain("1 minuutin");
  });

  it("refuses a 30-call batch and a sign-in batched with anything, before any password is checked", async () => {
    const email = "tuote@demo.reskontra.fi";
    const batch = (n: number) =>
      app.inject({
        method: "POST",
        url: `/trpc/${Array<string>(n).fill("auth.login").join(",")}?batch=1`,
        remoteAddress: "203.0.113.11",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify(
          Object.fromEntries(Array.from({ length: n }, (_, i) => [i, { json: { email, password: `g${i}` } }])),
        ),
      });
    const thirty = await batch(30);
    expect(thirty.statusCode).toBe(400);
    expect(thirty.json<{ error: { code: string } }>().error.code).toBe("REQUEST_BATCH_TOO_LARGE");
    const two = await batch(2);
    expect(two.statusCode).toBe(400);
    expect(two.json<{ error: { code: string } }>().error.code).toBe("REQUEST_LOGIN_BATCHED");
    expect(await failuresOf(email)).toEqual({});
    // Ordinary batches of queries still work, up to ten calls.
    const queries = (n: number) =>
      app.inject({ method: "GET", url: `/trpc/${Array<string>(n).fill("health.check").join(",")}?batch=1&input={}` });
    expect((await queries(10)).statusCode).toBe(200);
    expect((await queries(11)).statusCode).toBe(400);
  });

  it("counts a forged X-Forwarded-For under the real address; believes only a configured proxy", async () => {
    const email = "aino.aalto@demo.reskontra.fi";
    for (let i = 0; i < 5; i++) {
      const answer = await login(app, email, `wrong-${i}`, "203.0.113.12", { "x-forwarded-for": `198.51.100.${i}` });
      expect(answer.statusCode).toBe(401);
    }
    const forged = await login(app, email, DEMO_PASSWORD, "203.0.113.12", { "x-forwarded-for": "198.51.100.99" });
    expect(forged.statusCode).toBe(429);
    expect(await failuresOf(email)).toEqual({ "203.0.113.12": 5, "*": 5 });
    // A proxy that is not on the list cannot pick the address either; the listed one can.
    await login(proxied, email, "wrong", "203.0.113.13", { "x-forwarded-for": "198.51.100.77" });
    await login(proxied, email, "wrong", "10.0.0.1", { "x-forwarded-for": "198.51.100.78" });
    expect(await failuresOf(email)).toMatchObject({ "203.0.113.13": 1, "198.51.100.78": 1 });
    expect(await failuresOf(email)).not.toHaveProperty("198.51.100.77");
  });

  it("lets the owner in from their own source after strangers' failures; the owner's own typos cost a growing delay", async () => {
    const email = "paakayttaja@demo.reskontra.fi";
    await Promise.all(Array.from({ length: 30 }, (_, i) => login(app, email, `stranger-${i}`, "203.0.113.14")));
    expect((await login(app, email, DEMO_PASSWORD, "192.0.2.50")).statusCode).toBe(200);

    // The owner mistypes five times: then 30 s, then 1 minute before the next try.
    for (let i = 0; i < 5; i++) expect((await login(app, email, `typo-${i}`, "192.0.2.50")).statusCode).toBe(401);
    expect((await login(app, email, DEMO_PASSWORD, "192.0.2.50")).statusCode).toBe(429);
    h.now.value = new Date(h.now.value.getTime() + 31_000);
    expect((await login(app, email, "typo-6", "192.0.2.50")).statusCode).toBe(401);
    expect((await login(app, email, DEMO_PASSWORD, "192.0.2.50")).statusCode).toBe(429);
    h.now.value = new Date(h.now.value.getTime() + 61_000);
    expect((await login(app, email, DEMO_PASSWORD, "192.0.2.50")).statusCode).toBe(200);
    expect(await failuresOf(email)).not.toHaveProperty("192.0.2.50");
  });

  it("slows an account that many sources guess at, except from sources its owner has signed in from", async () => {
    const email = "agentti@demo.reskontra.fi";
    expect((await signInFully(app, email, "192.0.2.60")).statusCode).toBe(200);
    await Promise.all(Array.from({ length: 50 }, (_, i) => login(app, email, `spray-${i}`, `198.18.0.${i + 1}`)));
    expect((await login(app, email, DEMO_PASSWORD, "198.18.1.1")).statusCode).toBe(429);
    expect((await login(app, email, DEMO_PASSWORD, "192.0.2.60")).statusCode).toBe(200);
  });
});

describe("throttle rules", () => {
  it("waits nothing for the free failures, then doubles from 30 seconds up to 15 minutes", () => {
    expect([4, 5, 6, 7, 9, 10, 40].map((f) => delayAfter(f, 5) / 1000)).toEqual([0, 30, 60, 120, 480, 900, 900]);
  });

  it("counts an IPv6 client by its /64 and an IPv4-mapped one by its IPv4 address", () => {
    expect(sourceOf("2001:db8:1:2:aaaa::1")).toBe(sourceOf("2001:0db8:0001:0002:bbbb:cccc:dddd:eeee"));
    expect(sourceOf("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(sourceOf("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(sourceOf(null)).toBe("unknown");
  });
});
