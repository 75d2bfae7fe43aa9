import { existsSync } from "node:fs";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import Fastify from "fastify";
import { authFromApiToken, authFromSession, type AuthResult } from "../auth/load-auth";
import { API_TOKEN_PREFIX, SESSION_COOKIE } from "../auth/tokens";
import { APP_ERRORS } from "../errors";
import { appRouter } from "../router";
import { registerPhoneHooks } from "../support/phone/cti-webhook";
import { ticketAttachmentRoutes } from "../support/tickets/attachments-http";
import { createContextInner, type CookieJar, type Deps, type Locale } from "../trpc/context";
import { toTrpcError } from "../trpc/format-error";
import { registerHealthRoutes } from "../health/http";
import { registerCompression } from "./compression";
import { FastLane } from "./fast-lane";
import { factsOfFastify, proxyTrust, requestIdOf, type RequestFacts } from "./request-facts";
import { MAX_BATCH_CALLS, ownOriginsOf, registerRequestGuard } from "./request-guard";
import { cacheControlFor, registerSecurityHeaders, securityHeaders } from "./response-headers";
import { registerTrpcRoute } from "./trpc-handler";

/** How long a client waits before trying again after the database connection was lost: a restart or failover takes seconds. */
export const RETRY_AFTER_SECONDS = 5;

export interface ServerOptions {
  deps: Deps;
  /** Built web app to serve at /, when present. */
  webDist?: string;
  /** "auto": Secure when PUBLIC_URL is https or the request came over TLS (directly or from a trusted proxy). */
  cookieSecure: "auto" | "true" | "false";
  /** Proxies (addresses or CIDRs) whose X-Forwarded-For/-Proto/-Host are believed; nobody else's. */
  trustedProxies?: readonly string[];
  /** The address users open (PUBLIC_URL): its origin may send mutations, and https there turns on HSTS. */
  publicUrl?: string;
}

function localeOf(request: Pick<RequestFacts, "cookie">): Locale | undefined {
  const cookie = request.cookie("rsk_locale");
  // Finnish is the default whatever the browser says: the UI and its refusals must speak the same language.
  return cookie === "fi" || cookie === "en" ? cookie : undefined;
}

async function authOf(request: Pick<RequestFacts, "headers" | "cookie">, deps: Deps): Promise<AuthResult> {
  const now = deps.clock();
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) {
    const token = header.slice("Bearer ".length).trim();
    if (token.startsWith(API_TOKEN_PREFIX)) return authFromApiToken(deps.db, token, now);
    return { auth: null, problem: "TOKEN_INVALID" };
  }
  const session = request.cookie(SESSION_COOKIE);
  if (session) return authFromSession(deps.db, session, now);
  return { auth: null, problem: null };
}

export async function buildServer(options: ServerOptions) {
  const { deps } = options;
  const lane = new FastLane();
  // One rule for whom to believe on X-Forwarded-*, for fastify and for the fast lane alike.
  const trust = proxyTrust(options.trustedProxies);
  const app = Fastify({
    loggerInstance: deps.logger,
    serverFactory: lane.serverFactory,
    genReqId: (req) => requestIdOf(req.headers),
    // The client address (for sign-in throttling) and the protocol come from X-Forwarded-* only when
    // the connection is from a configured proxy: anyone else could write any address there.
    trustProxy: trust ?? false,
    routerOptions: { maxParamLength: 5000 },
    // A path that is not valid percent-encoded UTF-8 (say %ED%A0%80, half a character) names
    // nothing here: a 404 in the caller's words, not Fastify's English about url components.
    // Cookies are not parsed yet at this point, so the language cookie is read from the header.
    frameworkErrors(error, request, reply) {
      const raw = reply as unknown as { code(status: number): { send(body: unknown): void }; send(body: unknown): void };
      if (error.code !== "FST_ERR_BAD_URL") return raw.send(error);
      const locale = /(?:^|;\s*)rsk_locale=en(?:;|$)/.test(request.headers.cookie ?? "") ? "en" : "fi";
      return raw.code(404).send({ error: { code: "NOT_FOUND", message: APP_ERRORS.NOT_FOUND[locale], field: null } });
    },
  });
  const publicOrigin = options.publicUrl && URL.canParse(options.publicUrl) ? new URL(options.publicUrl).origin : null;
  const hsts = publicOrigin?.startsWith("https://") ?? false;
  registerSecurityHeaders(app, { hsts });
  registerCompression(app);
  const ownOrigins = ownOriginsOf(publicOrigin);
  registerRequestGuard(app, { ownOrigins });
  await app.register(fastifyCookie);

  app.get("/healthz", async () => ({ status: "ok" }));
  registerHealthRoutes(app, deps);
  // The PBX posts call events of a support line here (support/phone/CTI.md).
  await registerPhoneHooks(app, deps);

  const handle = await registerTrpcRoute(app, {
    prefix: "/trpc",
    requestOf: factsOfFastify,
    handler: {
      router: appRouter,
      maxBatchSize: MAX_BATCH_CALLS,
      async createContext(request: RequestFacts) {
        // Configuration decides; "auto" believes X-Forwarded-Proto only from a trusted proxy.
        const secure =
          options.cookieSecure === "true" ||
          (options.cookieSecure === "auto" && (publicOrigin?.startsWith("https://") || request.protocol === "https"));
        const cookies: CookieJar = {
          set(name, value, { maxAgeSeconds }) {
            request.setCookie(name, value, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: maxAgeSeconds });
          },
          clear(name) {
            request.clearCookie(name, { path: "/" });
          },
          get: (name) => request.cookie(name),
        };
        // Loading the session is the first query of every call: a lost connection here is a 503 too.
        const { auth, problem } = await authOf(request, deps).catch((error: unknown) => {
          throw toTrpcError(error);
        });
        return createContextInner(deps, {
          auth,
          authProblem: problem,
          locale: localeOf(request) ?? auth?.user.locale ?? "fi",
          ip: request.ip,
          requestId: request.id,
          cookies,
        });
      },
      responseMeta(errors): Record<string, string> {
        return errors.some((e) => e.code === "SERVICE_UNAVAILABLE") ? { "retry-after": String(RETRY_AFTER_SECONDS) } : {};
      },
      onError(error, path) {
        if (error.code === "INTERNAL_SERVER_ERROR") deps.logger.error({ err: error, path }, "procedure failed");
        if (error.code === "SERVICE_UNAVAILABLE")
          deps.logger.warn({ err: error, path }, "database connection lost; answered 503");
        // A body that is not JSON: worth a line (the parser's message quotes the body; the logger masks it).
        if (error.code === "PARSE_ERROR" || error.cause instanceof SyntaxError) {
          deps.logger.warn({ err: error, path }, "request body could not be read");
        }
      },
    },
  });
  app.decorate("fastLane", lane);
  lane.open({
    handle,
    securityHeaders: securityHeaders({ hsts }),
    trust,
    ownOrigins,
    logger: deps.logger,
  });

  // Support tickets' files: raw bytes up and down, with the session cookie (support/tickets).
  await app.register(
    ticketAttachmentRoutes({
      deps,
      authOf: (req) => authOf({ headers: req.headers, cookie: (name) => req.cookies[name] }, deps),
      localeOf: (req) => localeOf({ cookie: (name) => req.cookies[name] }),
    }),
  );

  if (options.webDist && existsSync(options.webDist)) {
    await app.register(fastifyStatic, {
      root: options.webDist,
      wildcard: false,
      // Source maps are never published, even if a build left some behind.
      allowedPath: (pathName) => !pathName.endsWith(".map"),
      cacheControl: false,
      setHeaders: (res, filePath) => {
        res.setHeader("cache-control", cacheControlFor(filePath));
      },
    });
    // The web app routes on the client: any other GET that is not an API path or a file gets index.html.
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split("?", 1)[0] ?? "";
      if (request.method === "GET" && !/^\/(?:trpc|files|hooks|assets)\//.test(path) && !path.endsWith(".map"))
        return reply.sendFile("index.html");
      return reply.code(404).send({ error: "not found" });
    });
  }
  return app;
}

export type ApiServer = Awaited<ReturnType<typeof buildServer>>;
