import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { MASKED_IDENTITY_CODE } from "@reskontra/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import type { ApiServer } from "./server";
import { serverOnHarness, trpcBody } from "./test-app";

// The HTTP layer's own guarantees, through the real server: security headers on every response,
// hashed assets cached for good and compressed, no source maps, mutations only from the app's own
// origin and only as JSON, and no identity code in any log line in any encoding.

const SCRIPT = `export const app = ${JSON.stringify("x".repeat(4000))};\n`;
let h: Harness;
let webDist: string;
let app: ApiServer;
let lines: string[];
beforeAll(async () => {
  h = await createHarness();
  webDist = await mkdtemp(path.join(os.tmpdir(), "reskontra-web-"));
  await mkdir(path.join(webDist, "assets"));
  await writeFile(path.join(webDist, "index.html"), '<!doctype html><script type="module" src="/assets/app-AbC123.js"></script>');
  await writeFile(path.join(webDist, "assets", "app-AbC123.js"), SCRIPT);
  await writeFile(path.join(webDist, "assets", "app-AbC123.js.map"), '{"version":3,"sources":["secret.ts"]}');
  // Debug level: the request line with its headers (referer, user agent) is written too, and must be masked.
  ({ app, lines } = await serverOnHarness(h, { webDist, logLevel: "debug" }));
});
afterAll(async () => {
  await app?.close();
  await h?.dispose();
  await rm(webDist, { recursive: true, force: true });
});

describe("security headers", () => {
  it("are on every response: the app, the api, assets, refusals and 404s", async () => {
    for (const url of [
      "/",
      "/laskut/123",
      "/trpc/health.check",
      "/trpc/auth.whoami",
      "/assets/app-AbC123.js",
      "/assets/nope.js",
      "/healthz",
    ]) {
      const answer = await app.inject({ method: "GET", url });
      const csp = String(answer.headers["content-security-policy"]);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).not.toContain("unsafe-inline");
      expect(answer.headers["x-content-type-options"], url).toBe("nosniff");
      expect(answer.headers["referrer-policy"], url).toBe("no-referrer");
      expect(answer.headers["strict-transport-security"], url).toBeUndefined();
    }
  });

  it("include HSTS when configured behind HTTPS", async () => {
    const behindHttps = await serverOnHarness(h, { publicUrl: "https://reskontra.example.fi" });
    try {
      const answer = await behindHttps.app.inject({ method: "GET", url: "/healthz" });
      expect(answer.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    } finally {
      await behindHttps.app.close();
    }
  });

  it("cache hashed assets for a year as immutable and always revalidate index.html", async () => {
    expect((await app.inject({ method: "GET", url: "/assets/app-AbC123.js" })).headers["cache-control"]).toBe(
      "public, max-age=31536000, immutable",
    );
    expect((await app.inject({ method: "GET", url: "/" })).headers["cache-control"]).toBe("no-cache");
  });

  it("compress assets and api answers by Accept-Encoding", async () => {
    const br = await app.inject({ method: "GET", url: "/assets/app-AbC123.js", headers: { "accept-encoding": "gzip, br" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 10);
    const again = await app.inject({ method: "GET", url: "/assets/app-AbC123.js", headers: { "accept-encoding": "br" } });
    expect(again.rawPayload).toEqual(br.rawPayload);
    const gzip = await app.inject({ method: "GET", url: "/assets/app-AbC123.js", headers: { "accept-encoding": "gzip" } });
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);
    const plain = await app.inject({ method: "GET", url: "/assets/app-AbC123.js" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);

    const batch = `/trpc/${Array<string>(10).fill("health.check").join(",")}?batch=1&input={}`;
    const api = await app.inject({ method: "GET", url: batch, headers: { "accept-encoding": "gzip" } });
    expect(api.statusCode).toBe(200);
    const uncompressed = await app.inject({ method: "GET", url: batch });
    if (uncompressed.rawPayload.length >= 1024) expect(api.headers["content-encoding"]).toBe("gzip");
    const body = api.headers["content-encoding"] === "gzip" ? gunzipSync(api.rawPayload) : api.rawPayload;
    expect(JSON.parse(body.toString())).toEqual(JSON.parse(uncompressed.body));
  });

  it("never serve a source map, not even one left in the build folder", async () => {
    for (const url of ["/assets/app-AbC123.js.map", "/app-AbC123.js.map", "/assets/app-AbC123.js.map?x=1"]) {
      const answer = await app.inject({ method: "GET", url });
      expect(answer.statusCode, url).toBe(404);
      expect(answer.body, url).not.toContain("secret.ts");
    }
  });

  it("make the session cookie Secure by configuration, not by a client's X-Forwarded-Proto", async () => {
    const signIn = (server: ApiServer, headers: Record<string, string> = {}) =>
      server.inject({
        method: "POST",
        url: "/trpc/auth.login",
        remoteAddress: "192.0.2.80",
        headers: { "content-type": "application/json", ...headers },
        payload: trpcBody({ email: "ville.virtanen@demo.reskontra.fi", password: "demo-salasana" }),
      });
    const auto = await serverOnHarness(h, { cookieSecure: "auto" });
    const https = await serverOnHarness(h, { cookieSecure: "auto", publicUrl: "https://reskontra.example.fi" });
    try {
      const forged = await signIn(auto.app, { "x-forwarded-proto": "https" });
      expect(forged.statusCode).toBe(200);
      expect(String(forged.headers["set-cookie"])).not.toMatch(/;\s*Secure/i);
      const configured = await signIn(https.app);
      expect(String(configured.headers["set-cookie"])).toMatch(/;\s*Secure/i);
    } finally {
      await auto.app.close();
      await https.app.close();
    }
  });
});

describe("mutations only from the app's own origin", () => {
  const wrongLogin = (headers: Record<string, string>, payload = trpcBody({ email: "ei.ole@example.fi", password: "x" })) =>
    app.inject({ method: "POST", url: "/trpc/auth.login", remoteAddress: "192.0.2.90", headers, payload });

  it("refuses a cross-site POST with 403, whatever its content type", async () => {
    const crossSite: Record<string, string>[] = [
      { origin: "https://evil.example", "content-type": "application/json" },
      { "sec-fetch-site": "cross-site", "content-type": "application/json" },
      { "sec-fetch-site": "same-site", origin: "https://sub.localhost:80", "content-type": "application/json" },
      { origin: "null", "content-type": "text/plain" },
    ];
    for (const headers of crossSite) {
      const answer = await wrongLogin(headers);
      expect(answer.statusCode, JSON.stringify(headers)).toBe(403);
      expect(answer.json<{ error: { code: string; message: string } }>().error).toMatchObject({ code: "REQUEST_CROSS_SITE" });
    }
    const upload = await app.inject({
      method: "POST",
      url: "/files/support/tickets/00000000-0000-4000-8000-000000000000/messages/00000000-0000-4000-8000-000000000000/attachments?name=a.txt",
      headers: { origin: "https://evil.example", "content-type": "application/octet-stream", cookie: "rsk_session=x" },
      payload: Buffer.from("hello"),
    });
    expect(upload.statusCode).toBe(403);
  });

  it("refuses a /trpc mutation that is not JSON (multipart, text/plain, a form) with 415", async () => {
    for (const type of ["text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded"]) {
      const answer = await wrongLogin({ "content-type": type }, "--x\r\n\r\n--x--");
      expect(answer.statusCode, type).toBe(415);
      expect(answer.json<{ error: { code: string } }>().error.code).toBe("REQUEST_NOT_JSON");
    }
  });

  it("lets the app's own pages, non-browser clients and webhooks through", async () => {
    expect(
      (await wrongLogin({ "content-type": "application/json", origin: "http://localhost:80", host: "localhost:80" })).statusCode,
    ).toBe(401);
    expect((await wrongLogin({ "content-type": "application/json", "sec-fetch-site": "same-origin" })).statusCode).toBe(401);
    expect((await wrongLogin({ "content-type": "application/json; charset=utf-8" })).statusCode).toBe(401);
    // The PBX posts from anywhere with its own secret: refused by that secret, not by origin.
    const hook = await app.inject({
      method: "POST",
      url: "/hooks/support/phone/no-such-line",
      headers: { origin: "https://pbx.example", "content-type": "text/plain" },
      payload: "{}",
    });
    expect(hook.statusCode).not.toBe(403);
  });
});

describe("identity codes in the log", () => {
  // Valid codes (DVV algorithm), each in the forms a URL, a JSON log line or a header carries them.
  const FORMS = [
    "131052-308T",
    "131052-308t",
    "131052%2D308T",
    "131052%2d308t",
    "131052%252D308T",
    "131052\\u002d308T",
    "131052\\u002D308t",
    "010181+900W",
    "010181%2B900W",
    "010101A9992",
    "010101a9992",
  ];
  /** Every encoding undone, lower-cased: what a reader of the log could recover. */
  function decoded(text: string): string {
    let out = text;
    for (let i = 0; i < 3; i++) {
      out = out
        .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
        .replace(/\\+u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
    return out.toLowerCase();
  }

  it("masks every form of a code in the URL, the body and the headers, and in error messages", async () => {
    for (const form of FORMS) {
      const sent: [string, () => Promise<unknown>][] = [
        [
          "query",
          () =>
            app.inject({
              method: "GET",
              url: `/trpc/invoices.search?input=${encodeURIComponent(JSON.stringify({ json: { query: form } }))}`,
            }),
        ],
        ["raw query", () => app.inject({ method: "GET", url: `/healthz?hetu=${form}` })],
        ["path", () => app.inject({ method: "GET", url: `/asiakkaat/${form.replace(/\\/g, "%5C")}` })],
        [
          "body",
          () =>
            app.inject({
              method: "POST",
              url: "/trpc/auth.login",
              remoteAddress: "192.0.2.91",
              headers: { "content-type": "application/json" },
              payload: `=${form}`,
            }),
        ],
        [
          "headers",
          () =>
            app.inject({
              method: "GET",
              url: "/healthz",
              headers: { referer: `https://example.fi/haku?hetu=${form}`, "user-agent": `tester/${form}` },
            }),
        ],
        [
          "refusal",
          () =>
            app.inject({
              method: "POST",
              url: "/trpc/auth.login",
              headers: {
                origin: `https://evil.example/${form}`,
                referer: `https://evil.example/?q=${form}`,
                "content-type": "application/json",
              },
              payload: "{}",
            }),
        ],
      ];
      for (const [channel, send] of sent) {
        const before = lines.length;
        await send();
        const written = lines.slice(before).join("");
        expect(written, `${channel}: ${form}`).toContain(MASKED_IDENTITY_CODE);
        expect(written, `${channel}: ${form}`).not.toContain(form);
        expect(written, `${channel}: ${form}`).not.toContain(form.replace(/\\/g, "%5C"));
      }
    }
    const log = decoded(lines.join(""));
    for (const code of ["131052-308t", "010181+900w", "010101a9992"]) expect(log).not.toContain(code);
    expect(log).not.toMatch(/308t(?![0-9a-z])/);
  });
});
