import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { FastifyServerFactory } from "fastify";
import type { Logger } from "pino";
import { APP_ERRORS } from "../errors";
import { compressAnswer, encodingFor } from "./compression";
import { factsOfNode, requestIdOf, type RequestFacts } from "./request-facts";
import { batchRefusalOf, isCrossSite } from "./request-guard";
import { FULL_ADAPTER, needsFullAdapter, type TrpcAnswer } from "./trpc-handler";

declare module "fastify" {
  interface FastifyInstance {
    /** The /trpc path for queries and JSON mutations beside fastify's route (server.ts). */
    fastLane: FastLane;
  }
}

const PREFIX = "/trpc/";
/** fastify's routerOptions.maxParamLength in server.ts: a longer path is fastify's to refuse. */
const MAX_PATH_LENGTH = 5000;

export interface FastLaneOptions {
  handle: (facts: RequestFacts, rawPath: string) => Promise<TrpcAnswer | typeof FULL_ADAPTER>;
  securityHeaders: readonly (readonly [string, string])[];
  trust: ((address: string, hop: number) => boolean) | null;
  /** The request guard's own origins (request-guard.ts): a mutation from elsewhere is the guard's to refuse. */
  ownOrigins: ReadonlySet<string>;
  logger: Logger;
}

/** fastify's default bodyLimit (server.ts sets none): a larger body is fastify's to refuse. */
export const MAX_BODY_BYTES = 1_048_576;
/** What the web app and the CLI send; any other spelling (other parameters, odd syntax) is fastify's to judge. */
const LANE_JSON_TYPES = new Set(["application/json", "application/json;charset=utf-8"]);

/**
 * Whether the lane may take a POST: JSON as the web app and the CLI send it, a body of a stated
 * length within fastify's limit, nothing encoded, and not what the request guard refuses as
 * cross-site (request-guard.ts: the same check; refusals are answered and logged by the guard).
 */
function laneableMutation(req: IncomingMessage, host: string, ownOrigins: ReadonlySet<string>): boolean {
  const { headers } = req;
  const type = headers["content-type"]?.replaceAll(" ", "").toLowerCase();
  if (type === undefined || !LANE_JSON_TYPES.has(type)) return false;
  if (headers["transfer-encoding"] !== undefined || headers["content-encoding"] !== undefined) return false;
  const length = headers["content-length"];
  if (length === undefined || !/^[1-9][0-9]{0,6}$/.test(length) || Number(length) > MAX_BODY_BYTES) return false;
  return !isCrossSite(headers, host, ownOrigins);
}

/** The procedures' path of a /trpc request the lane can take, or null for fastify to answer. */
function laneablePath(req: IncomingMessage, mutation: (req: IncomingMessage) => boolean): string | null {
  if (req.method !== "GET" && req.method !== "POST") return null;
  if (needsFullAdapter(req.method, req.headers)) return null;
  const url = req.url ?? "";
  if (!url.startsWith(PREFIX)) return null;
  const query = url.indexOf("?");
  const rawPath = url.slice(PREFIX.length, query >= 0 ? query : undefined);
  if (rawPath === "" || rawPath.includes("/") || rawPath.length > MAX_PATH_LENGTH) return null;
  try {
    decodeURIComponent(rawPath);
  } catch {
    return null; // fastify's bad-URL answer (server.ts frameworkErrors)
  }
  if (batchRefusalOf(url) !== null) return null; // the request guard's refusal, logged with its reasons
  if (req.method === "POST" && !mutation(req)) return null;
  return rawPath;
}

/** The whole body as text, as fastify's string parser reads it (UTF-8, decoded once at the end). */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    req.on("data", (chunk: Buffer) => {
      received += chunk.length;
      // The stated length was checked; node's parser stops at it, so this only guards a lying peer.
      if (received > MAX_BODY_BYTES) req.destroy(new Error("request body over the limit"));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks, received).toString("utf8")));
    req.on("error", reject);
    req.on("aborted", () => reject(new Error("request aborted while its body was read")));
  });
}

/**
 * tRPC calls without fastify's per-request machinery (routing, request and reply objects, a child
 * logger, hook chains, the body parser): a GET of queries, or a POST of mutations in JSON from the
 * app's own origin, goes straight from node's request to the same handler, context and procedures
 * as fastify's /trpc route, and is answered with the same headers (security headers, Vary,
 * compression by Accept-Encoding, cookies) and logged with the same "request completed" line.
 * Everything else — what the request guard refuses (cross-site, not JSON, oversized batches),
 * bodies without a stated length or over the limit, files, HEAD, odd paths — and any request while
 * the server is closing goes to fastify. `fast-lane.int.test.ts` holds the two doors to the same answers.
 */
export class FastLane {
  private options: FastLaneOptions | null = null;
  /** Requests the lane has taken (tests check that it was the lane that answered). */
  served = 0;

  /** For Fastify's `serverFactory`: the lane first, fastify for whatever it does not take. */
  readonly serverFactory: FastifyServerFactory = (fastifyHandler, fastifyOptions) => {
    const server: Server = createServer((req, res) => {
      if (!this.take(server, req, res)) fastifyHandler(req, res);
    });
    // What fastify sets on the server it makes itself (lib/server.js), so connections behave alike.
    if (typeof fastifyOptions.keepAliveTimeout === "number") server.keepAliveTimeout = fastifyOptions.keepAliveTimeout;
    if (typeof fastifyOptions.requestTimeout === "number") server.requestTimeout = fastifyOptions.requestTimeout;
    if (typeof fastifyOptions.connectionTimeout === "number") server.setTimeout(fastifyOptions.connectionTimeout);
    return server;
  };

  /** Opens the lane once the /trpc route is registered; until then fastify answers everything. */
  open(options: FastLaneOptions) {
    this.options = options;
  }

  private take(server: Server, req: IncomingMessage, res: ServerResponse): boolean {
    const options = this.options;
    // A closing server answers 503 through fastify (return503OnClosing).
    if (!options || !server.listening) return false;
    const rawPath = laneablePath(req, (r) => laneableMutation(r, factsOfNode(r, options.trust).host, options.ownOrigins));
    if (rawPath === null) return false;
    this.served += 1;
    void this.serve(options, req, res, rawPath);
    return true;
  }

  private async serve(options: FastLaneOptions, req: IncomingMessage, res: ServerResponse, rawPath: string) {
    const started = performance.now();
    const { logger } = options;
    let body: string | undefined;
    if (req.method === "POST") {
      try {
        body = await readBody(req);
      } catch (err) {
        // The client went away or lied about the length: nobody is left to answer, and nothing ran.
        logger.info({ reqId: requestIdOf(req.headers), err }, "request body not received");
        res.destroy();
        return;
      }
    }
    const facts = factsOfNode(req, options.trust, body);
    if (logger.isLevelEnabled("debug")) logger.debug({ reqId: facts.id, req: requestForLog(facts) }, "incoming request");
    try {
      const answer = await options.handle(facts, rawPath);
      if (answer === FULL_ADAPTER) throw new Error(`the fast lane cannot answer "${rawPath}" (a subscription)`);
      await write(res, facts, answer, options.securityHeaders);
    } catch (err) {
      logger.error({ reqId: facts.id, err }, "request failed in the fast lane");
      if (!res.headersSent) {
        const locale = facts.cookie("rsk_locale") === "en" ? "en" : "fi";
        const body = JSON.stringify({ error: { code: "INTERNAL", message: APP_ERRORS.INTERNAL[locale], field: null } });
        res.writeHead(500, { ...Object.fromEntries(options.securityHeaders), "content-type": "application/json" }).end(body);
      } else res.destroy();
    }
    logger.info(
      {
        reqId: facts.id,
        res: { statusCode: res.statusCode, request: { method: facts.method, url: facts.url } },
        responseTime: performance.now() - started,
      },
      "request completed",
    );
  }
}

function requestForLog(facts: RequestFacts) {
  return { method: facts.method, url: facts.url, host: facts.headers.host, ip: facts.ip, headers: facts.headers };
}

async function write(
  res: ServerResponse,
  facts: ReturnType<typeof factsOfNode>,
  answer: TrpcAnswer,
  security: readonly (readonly [string, string])[],
) {
  const headers: Record<string, string | string[] | number> = {};
  for (const [name, value] of security) headers[name] = value;
  Object.assign(headers, answer.headers);
  const cookies = facts.setCookies();
  if (cookies.length > 0) headers["set-cookie"] = cookies.length === 1 ? (cookies[0] ?? "") : cookies;
  let body: Buffer = Buffer.from(answer.body);
  // As the compression hook does for a JSON answer: only a 200 is compressed, and it varies by encoding.
  if (answer.status === 200) {
    headers.vary = "accept-encoding";
    const encoding = encodingFor(facts.headers["accept-encoding"]);
    const compressed = await compressAnswer(body, encoding);
    if (compressed && encoding) {
      headers["content-encoding"] = encoding;
      body = compressed;
    }
  }
  headers["content-length"] = body.length;
  res.writeHead(answer.status, headers).end(body);
}
