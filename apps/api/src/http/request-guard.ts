import type { IncomingHttpHeaders } from "node:http";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ApiApp } from "./api-app";
import { APP_ERRORS, fillParams, type AppErrorCode } from "../errors";

/** At most this many procedure calls in one tRPC batch (the web's batch link splits at the same size). */
export const MAX_BATCH_CALLS = 10;
/** Procedures that must arrive alone: a batch of guesses would otherwise be one request. */
export const ALONE = new Set(["auth.login", "auth.verifySecondFactor", "auth.confirmSecondFactor"]);
/** Webhooks called by other systems with their own secret (support/phone/CTI.md): no browser origin to check. */
const HOOKS_PREFIX = "/hooks/";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const STATUS: Record<string, number> = { FORBIDDEN: 403, UNSUPPORTED_MEDIA_TYPE: 415, BAD_REQUEST: 400 };

function languageOf(request: FastifyRequest): "fi" | "en" {
  return /(?:^|;\s*)rsk_locale=en(?:;|$)/.test(request.headers.cookie ?? "") ? "en" : "fi";
}

function refuse(request: FastifyRequest, reply: FastifyReply, code: AppErrorCode, params?: Record<string, number>) {
  const entry = APP_ERRORS[code];
  const message = fillParams(entry[languageOf(request)], params);
  // Who was refused and why: the referer and origin say where a cross-site attempt came from.
  request.log.warn(
    {
      refused: code,
      origin: request.headers.origin,
      referer: request.headers.referer,
      secFetchSite: request.headers["sec-fetch-site"],
      contentType: request.headers["content-type"],
    },
    "request refused",
  );
  return reply
    .code(STATUS[entry.trpc] ?? 400)
    .header("cache-control", "no-store")
    .send({ error: { code, message, field: null } });
}

/**
 * A state-changing request from a browser must come from the app's own origin. Browsers say where a
 * request comes from (Sec-Fetch-Site, Origin); a request that says neither is not from a browser
 * page (the CLI with its API token, a script), so the session cookie is not riding along unasked.
 * `host` is where the browser sent the request: Host, or X-Forwarded-Host from a trusted proxy only.
 * Shared with the fast lane (fast-lane.ts), which leaves whatever this refuses to the hook below.
 */
export function isCrossSite(headers: IncomingHttpHeaders, host: string, ownOrigins: ReadonlySet<string>): boolean {
  const site = headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") return true;
  const origin = headers.origin;
  if (origin === undefined) return false;
  if (ownOrigins.has(origin)) return false;
  if (!URL.canParse(origin)) return true;
  // Read with the origin's scheme so that a default port (":443", ":80") compares equal.
  const { protocol, host: originHost } = new URL(origin);
  return !URL.canParse(`${protocol}//${host}`) || new URL(`${protocol}//${host}`).host !== originHost;
}

function isJson(request: FastifyRequest): boolean {
  const type = request.headers["content-type"];
  return typeof type === "string" && type.split(";", 1)[0]?.trim().toLowerCase() === "application/json";
}

/** The origins allowed to send mutations besides the request's own host: the app's public address. */
export function ownOriginsOf(publicOrigin: string | null): ReadonlySet<string> {
  return new Set(publicOrigin ? [publicOrigin] : []);
}

/** The procedures a /trpc request names: "/trpc/a,b?batch=1" → ["a", "b"]. */
function proceduresOf(url: string): string[] {
  const path = url.slice("/trpc/".length).split("?", 1)[0] ?? "";
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // tRPC refuses a broken path itself.
  }
  return decoded.split(",");
}

/**
 * Refuses, before any procedure or body parser runs: cross-site mutations (403), a /trpc mutation
 * that is not JSON — multipart and text/plain are what a cross-site form can send without asking
 * (415), batches of more than MAX_BATCH_CALLS calls and a sign-in batched with other calls (400).
 */
export function registerRequestGuard(app: ApiApp, options: { ownOrigins: ReadonlySet<string> }) {
  const { ownOrigins } = options;
  app.addHook("onRequest", async (request, reply) => {
    const url = request.url;
    if (
      !SAFE_METHODS.has(request.method) &&
      !url.startsWith(HOOKS_PREFIX) &&
      isCrossSite(request.headers, request.host, ownOrigins)
    ) {
      return refuse(request, reply, "REQUEST_CROSS_SITE");
    }
    if (!url.startsWith("/trpc/")) return;
    if (request.method === "POST" && !isJson(request)) return refuse(request, reply, "REQUEST_NOT_JSON");
    const refusal = batchRefusalOf(url);
    if (refusal) return refuse(request, reply, refusal, { max: MAX_BATCH_CALLS });
  });
}

/** A /trpc URL naming too many procedures, or a sign-in among others: the refusal's code, else null. */
export function batchRefusalOf(url: string): "REQUEST_BATCH_TOO_LARGE" | "REQUEST_LOGIN_BATCHED" | null {
  const procedures = proceduresOf(url);
  if (procedures.length > MAX_BATCH_CALLS) return "REQUEST_BATCH_TOO_LARGE";
  if (procedures.length > 1 && procedures.some((p) => ALONE.has(p))) return "REQUEST_LOGIN_BATCHED";
  return null;
}
