import type { AnyTRPCRouter } from "@trpc/server";
import { fastifyRequestHandler, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import {
  getErrorShape,
  getHTTPStatusCode,
  getProcedureAtPath,
  getTRPCErrorFromUnknown,
  transformTRPCResponse,
  TRPCError,
  type AnyProcedure,
  type TRPCResponse,
} from "@trpc/server/unstable-core-do-not-import";
import type { AnyRootTypes, RootConfig } from "@trpc/server/unstable-core-do-not-import";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ApiApp } from "./api-app";

/** What the handler reads of a request, whichever door it came in by (fastify's route or the fast lane). */
export interface TrpcRequest {
  readonly method: string;
  /** Path and query, as sent. */
  readonly url: string;
  /** A JSON post's body as text; undefined for GET. */
  readonly body: string | undefined;
}

/** The answer to write: the wire format's status, its headers and the JSON text. */
export interface TrpcAnswer {
  status: number;
  headers: Record<string, string | string[]>;
  body: string;
}

/** tRPC's own adapter must answer this one (a subscription): nothing was written yet. */
export const FULL_ADAPTER = Symbol("full adapter");

export interface TrpcHandlerOptions<TRouter extends AnyTRPCRouter, TRequest extends TrpcRequest> {
  router: TRouter;
  maxBatchSize?: number;
  createContext: (request: TRequest) => Promise<unknown>;
  /** Extra headers for an answer, by the errors in it (say Retry-After on a 503). */
  responseMeta?: (errors: readonly TRPCError[]) => Record<string, string>;
  onError?: (error: TRPCError, path: string | undefined) => void;
}

type ProcedureType = "query" | "mutation" | "subscription";

const ACCEPTED_METHOD: Record<ProcedureType, string> = { query: "GET", mutation: "POST", subscription: "GET" };

interface Call {
  path: string;
  procedure: AnyProcedure | null;
  getRawInput: () => Promise<unknown>;
  /** The input once read, for onError and the error shape (undefined if it was never read). */
  input: () => unknown;
}

/** Reads the request's inputs once, the way tRPC's JSON handler does (superjson per call). */
function inputsOf(router: AnyTRPCRouter, raw: () => unknown, isBatch: boolean, calls: number) {
  const transformer = router._def._config.transformer;
  let value: Record<number, unknown> | undefined;
  let pending: Promise<Record<number, unknown>> | undefined;
  const read = async (): Promise<Record<number, unknown>> => {
    const inputs = raw();
    const out: Record<number, unknown> = Object.create(null) as Record<number, unknown>;
    if (inputs === undefined) return out;
    if (!isBatch) {
      out[0] = transformer.input.deserialize(inputs);
      return out;
    }
    if (inputs === null || typeof inputs !== "object" || Array.isArray(inputs)) {
      throw new TRPCError({ code: "BAD_REQUEST", message: '"input" needs to be an object when doing a batch call' });
    }
    for (let i = 0; i < calls; i++) {
      const input = (inputs as Record<number, unknown>)[i];
      if (input !== undefined) out[i] = transformer.input.deserialize(input);
    }
    return out;
  };
  return {
    async get(): Promise<Record<number, unknown>> {
      if (value) return value;
      pending ??= read().catch((cause: unknown) => {
        if (cause instanceof TRPCError) throw cause;
        throw new TRPCError({ code: "BAD_REQUEST", message: cause instanceof Error ? cause.message : "Invalid input", cause });
      });
      value = await pending;
      return value;
    },
    result: () => value,
  };
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch (cause) {
    throw new TRPCError({ code: "BAD_REQUEST", message: `Invalid URL-encoding in path "${path}"`, cause });
  }
}

/**
 * Requests tRPC's own adapter keeps: streaming (jsonl) and subscriptions, HEAD, and bodies that are
 * not JSON (it answers those with its own refusal). Everything the web app and the CLI send is not.
 */
export function needsFullAdapter(method: string, headers: Record<string, string | string[] | undefined>): boolean {
  if (method === "HEAD") return true;
  const accept = headers["trpc-accept"] ?? headers.accept;
  if (typeof accept === "string" && accept.includes("application/jsonl")) return true;
  if (method === "GET") return false;
  const type = headers["content-type"];
  return typeof type !== "string" || type.split(";", 1)[0]?.trim().toLowerCase() !== "application/json";
}

/**
 * tRPC's JSON handler without the Fetch-API round trip: tRPC's adapter turns every node request into
 * a web Request and its answer into a web Response with streams, which costs more than the
 * procedure. This speaks the same wire format (`?batch=1`, `input`, superjson, the error shape,
 * status codes, 207 for mixed batches) and calls the same procedures with the same createContext,
 * onError and error formatter. It answers with text and headers; the caller writes them.
 */
export function createTrpcHandler<TRouter extends AnyTRPCRouter, TRequest extends TrpcRequest>(
  options: TrpcHandlerOptions<TRouter, TRequest>,
) {
  const router = options.router;
  // The router's config is typed RootConfig<any>; the helpers below take the concrete root types.
  const config = router._def._config as RootConfig<AnyRootTypes>;
  const maxBatchSize = options.maxBatchSize;

  return async function handle(req: TRequest, rawPath: string): Promise<TrpcAnswer | typeof FULL_ADAPTER> {
    const query = req.url.indexOf("?");
    const search = new URLSearchParams(query >= 0 ? req.url.slice(query + 1) : "");
    const isBatch = search.get("batch") === "1";
    let ctx: unknown;

    const finish = (errors: TRPCError[], untransformed: TRPCResponse | TRPCResponse[]): TrpcAnswer => {
      // With the charset, as fastify would add it: both doors send the same header.
      const headers: Record<string, string | string[]> = {
        vary: "trpc-accept, accept",
        "content-type": "application/json; charset=utf-8",
      };
      Object.assign(headers, options.responseMeta?.(errors));
      const transformed = transformTRPCResponse(config, untransformed as never);
      return { status: getHTTPStatusCode(untransformed), headers, body: JSON.stringify(transformed) };
    };

    try {
      const paths = isBatch ? decodePath(rawPath).split(",") : [decodePath(rawPath)];
      if (isBatch && typeof maxBatchSize === "number" && paths.length > maxBatchSize) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "Batch call exceeds maximum size" });
      }
      const inputs = inputsOf(
        router,
        () => {
          if (req.method === "GET") {
            const input = search.get("input");
            return input ? (JSON.parse(input) as unknown) : undefined;
          }
          // The body arrives as text; tRPC reads an empty body as an error too.
          return JSON.parse(req.body ?? "") as unknown;
        },
        isBatch,
        paths.length,
      );
      const calls: Call[] = await Promise.all(
        paths.map(async (path, index) => ({
          path,
          procedure: (await getProcedureAtPath(router, path)) ?? null,
          getRawInput: async () => (await inputs.get())[index],
          input: () => inputs.result()?.[index],
        })),
      );
      const types = new Set(calls.flatMap((c) => (c.procedure ? [c.procedure._def.type] : [])));
      if (types.size > 1) {
        throw new TRPCError({ code: "BAD_REQUEST", message: `Cannot mix procedure types in call: ${[...types].join(", ")}` });
      }
      if (types.has("subscription")) return FULL_ADAPTER;

      let contextError: TRPCError | undefined;
      try {
        ctx = await options.createContext(req);
      } catch (cause) {
        contextError = getTRPCErrorFromUnknown(cause);
      }

      const settled = await Promise.all(
        calls.map(async (call, batchIndex): Promise<[TRPCError, undefined] | [undefined, unknown]> => {
          const proc = call.procedure;
          try {
            if (!proc) throw new TRPCError({ code: "NOT_FOUND", message: `No procedure found on path "${call.path}"` });
            const procType = proc._def.type;
            if (ACCEPTED_METHOD[procType] !== req.method) {
              throw new TRPCError({
                code: "METHOD_NOT_SUPPORTED",
                message: `Unsupported ${req.method}-request to ${procType} procedure at path "${call.path}"`,
              });
            }
            if (contextError) throw contextError;
            const data: unknown = await proc({
              path: call.path,
              getRawInput: call.getRawInput,
              ctx,
              type: procType,
              signal: undefined,
              batchIndex,
            });
            return [undefined, data];
          } catch (cause) {
            const error = getTRPCErrorFromUnknown(cause);
            options.onError?.(error, call.path);
            return [error, undefined];
          }
        }),
      );
      const errors: TRPCError[] = [];
      const responses: TRPCResponse[] = settled.map(([error, data], index) => {
        const call = calls[index];
        if (!error) return { result: { data } };
        errors.push(error);
        return {
          // The error shape is typed any by the router's RootConfig<any>; the formatter (trpc/format-error.ts) makes it.
          // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
          error: getErrorShape({
            config,
            ctx: ctx as never,
            error,
            input: call?.input(),
            path: call?.path,
            type: call?.procedure?._def.type ?? "unknown",
          }),
        };
      });
      return finish(errors, isBatch ? responses : (responses[0] as TRPCResponse));
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      options.onError?.(error, undefined);
      const response = {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- the shape is typed any, as above
        error: getErrorShape({ config, error, type: "unknown", path: undefined, input: undefined, ctx: ctx as never }),
      } as TRPCResponse;
      return finish([error], response);
    }
  };
}

/**
 * The /trpc route in fastify: the handler above for JSON, tRPC's own adapter for the rest, both
 * with the same context, refusals and headers. Returns the handler for the fast lane (fast-lane.ts).
 */
export async function registerTrpcRoute<TRouter extends AnyTRPCRouter, TRequest extends TrpcRequest>(
  app: ApiApp,
  options: {
    prefix: string;
    handler: TrpcHandlerOptions<TRouter, TRequest>;
    requestOf: (req: FastifyRequest, res: FastifyReply) => TRequest;
  },
) {
  const { handler, requestOf } = options;
  const handle = createTrpcHandler(handler);
  const fullAdapter = {
    router: handler.router,
    maxBatchSize: handler.maxBatchSize,
    createContext: ({ req, res }) => handler.createContext(requestOf(req, res)),
    responseMeta: ({ errors }) => ({ headers: handler.responseMeta?.(errors) ?? {} }),
    onError: ({ error, path }) => handler.onError?.(error, path),
  } satisfies FastifyTRPCPluginOptions<TRouter>["trpcOptions"];

  await app.register(async (scope) => {
    // The body stays text until a procedure reads its input, as in tRPC's own plugin.
    scope.removeContentTypeParser("application/json");
    scope.addContentTypeParser("application/json", { parseAs: "string" }, (_req, body, done) => done(null, body));
    scope.removeContentTypeParser("multipart/form-data");
    scope.addContentTypeParser("multipart/form-data", {}, (_req, body, done) => done(null, body));
    scope.all(`${options.prefix}/:path`, async (req, res) => {
      const path = (req.params as { path: string }).path;
      if (needsFullAdapter(req.method, req.headers)) return fastifyRequestHandler({ ...fullAdapter, req, res, path });
      const answer = await handle(requestOf(req, res), path);
      if (answer === FULL_ADAPTER) return fastifyRequestHandler({ ...fullAdapter, req, res, path });
      return res.code(answer.status).headers(answer.headers).send(answer.body);
    });
  });
  return handle;
}
