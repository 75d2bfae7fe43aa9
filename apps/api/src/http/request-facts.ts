import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import proxyAddr from "@fastify/proxy-addr";
import fastifyCookie from "@fastify/cookie";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { TrpcRequest } from "./trpc-handler";

export interface CookieOptions {
  httpOnly?: boolean;
  sameSite?: "lax" | "strict";
  secure?: boolean;
  path: string;
  /** Seconds. */
  maxAge?: number;
}

/**
 * What the api needs to know of a request to build a procedure's context, and the one thing it may
 * write besides the answer (cookies): the same facts whether fastify's route or the fast lane
 * (fast-lane.ts) took the request, so the two can never disagree on who is asking.
 */
export interface RequestFacts extends TrpcRequest {
  readonly headers: IncomingHttpHeaders;
  /** X-Request-Id when the caller sent one (at most 64 characters), else a new UUID. */
  readonly id: string;
  /** The client's address: X-Forwarded-For counts only from a trusted proxy. */
  readonly ip: string;
  /** "https" or "http": X-Forwarded-Proto counts only from a trusted proxy. */
  readonly protocol: string;
  /** Where the request was sent: Host, or X-Forwarded-Host from a trusted proxy only. */
  readonly host: string;
  cookie(name: string): string | undefined;
  setCookie(name: string, value: string, options: CookieOptions): void;
  clearCookie(name: string, options: { path: string }): void;
}

/** The request id fastify gives a request (genReqId in server.ts), for both doors. */
export function requestIdOf(headers: IncomingHttpHeaders): string {
  const sent = headers["x-request-id"];
  return typeof sent === "string" ? sent.slice(0, 64) : randomUUID();
}

export function factsOfFastify(req: FastifyRequest, res: FastifyReply): RequestFacts {
  return {
    method: req.method,
    url: req.url,
    body: typeof req.body === "string" ? req.body : undefined,
    headers: req.headers,
    id: String(req.id),
    get ip() {
      return req.ip;
    },
    get protocol() {
      return req.protocol;
    },
    get host() {
      return req.host;
    },
    cookie: (name) => req.cookies[name],
    setCookie(name, value, options) {
      void res.setCookie(name, value, options);
    },
    clearCookie(name, options) {
      void res.clearCookie(name, options);
    },
  };
}

/** Whom to believe on X-Forwarded-*: fastify's own rule for its `trustProxy` list (proxy-addr). */
export function proxyTrust(trustedProxies: readonly string[] | undefined): ((address: string, hop: number) => boolean) | null {
  return trustedProxies?.length ? proxyAddr.compile([...trustedProxies]) : null;
}

function lastEntry(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[value.length - 1] : value;
  return text?.split(",").pop()?.trim();
}

/**
 * The facts of a request straight from node's request (and its body, read by the caller), by
 * fastify's rules: the same request id, client address, protocol and host (X-Forwarded-* only from a
 * trusted proxy) and cookie parsing (@fastify/cookie's parser). Cookies set meanwhile are collected
 * for the answer's Set-Cookie.
 */
export function factsOfNode(
  req: IncomingMessage,
  trust: ((address: string, hop: number) => boolean) | null,
  body?: string,
): RequestFacts & { setCookies(): string[] } {
  let cookies: Record<string, string | undefined> | undefined;
  // By name and path, as @fastify/cookie keeps them: a later cookie of the same name replaces the earlier.
  const toSet = new Map<string, string>();
  const socket = req.socket;
  return {
    method: req.method ?? "GET",
    url: req.url ?? "/",
    body,
    headers: req.headers,
    id: requestIdOf(req.headers),
    get ip() {
      if (!trust) return socket.remoteAddress ?? "";
      const all = proxyAddr.all(req, trust);
      return all[all.length - 1] ?? "";
    },
    get protocol() {
      const forwarded = req.headers["x-forwarded-proto"];
      if (trust && forwarded && socket.remoteAddress !== undefined && trust(socket.remoteAddress, 0)) {
        return lastEntry(forwarded) ?? "http";
      }
      return "encrypted" in socket && socket.encrypted ? "https" : "http";
    },
    get host() {
      const forwarded = req.headers["x-forwarded-host"];
      if (trust && forwarded && socket.remoteAddress !== undefined && trust(socket.remoteAddress, 0)) {
        return lastEntry(forwarded) ?? "";
      }
      return req.headers.host ?? "";
    },
    cookie(name) {
      cookies ??= fastifyCookie.parse(req.headers.cookie ?? "");
      return cookies[name];
    },
    setCookie(name, value, options) {
      toSet.set(`${name};${options.path}`, fastifyCookie.serialize(name, value, { sameSite: "lax", ...options }));
    },
    clearCookie(name, options) {
      toSet.set(
        `${name};${options.path}`,
        fastifyCookie.serialize(name, "", { sameSite: "lax", ...options, expires: new Date(0), maxAge: 0 }),
      );
    },
    setCookies: () => [...toSet.values()],
  };
}
