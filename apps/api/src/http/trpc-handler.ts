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

type TrpcOptions<TRouter extends AnyTRPCRouter> = FastifyTRPCPluginOptions<TRouter>["trpcOptions"];
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
function needsFullAdapter(req: FastifyRequest): boolean {
  if (req.method === "HEAD") return true;
  const accept = req.headers["trpc-accept"] ?? req.headers.accept;
  if (typeof accept === "string" && accept.includes("application/jsonl")) return true;
  if (req.method === "GET") return false;
  const type = req.headers["content-type"];
  return typeof type !== "string" || type.split(";", 1)[0]?.trim().toLowerCase() !== "application/json";
}

/**
 * The /trpc route without the Fetch-API round trip: tRPC's adapter turns every node request into a
 * web Request and its answer into a web Response with streams, which costs more than the procedure.
 * This speaks the same wire format (tRPC's JSON handler: `?batch=1`, `input`, superjson, the error
 * shape, status codes, 207 for mixed batches, responseMeta's headers) and calls the same procedures
 * with the same createContext, onError and error formatter; the rare rest goes to tRPC's adapter.
 */
export function registerTrpcRoute<TRouter extends AnyTRPCRouter>(
  app: ApiApp,
  options: { prefix: string; trpcOptions: TrpcOptions<TRouter> },
) {
  const trpcOptions = options.trpcOptions;
  const router = trpcOptions.router;
  // The router's config is typed RootConfig<any>; the helpers below take the concrete root types.
  const config = router._def._config as RootConfig<AnyRootTypes>;
  const maxBatchSize = trpcOptions.maxBatchSize;

  async function handle(req: FastifyRequest, res: FastifyReply, rawPath: string) {
    const query = req.url.indexOf("?");
    const search = new URLSearchParams(query >= 0 ? req.url.slice(query + 1) : "");
    const isBatch = search.get("batch") === "1";
    let ctx: unknown;
    let type: ProcedureType | "unknown" = "unknown";
    let calls: Call[] = [];

    const finish = (responses: TRPCResponse[], errors: TRPCError[], untransformed: TRPCResponse | TRPCResponse[]) => {
      let status = getHTTPStatusCode(untransformed);
      const meta = trpcOptions.responseMeta?.({
        ctx: ctx,
        info: undefined,
        paths: calls.map((c) => c.path),
        data: responses,
        errors,
        eagerGeneration: false,
        type,
      });
      void res.header("vary", "trpc-accept, accept").header("content-type", "application/json");
      if (meta?.headers) {
        for (const [key, value] of Object.entries(meta.headers as Record<string, string | string[] | undefined>)) {
          if (typeof value === "string" || Array.isArray(value)) void res.header(key, value);
        }
      }
      if (meta?.status) status = meta.status;
      const transformed = transformTRPCResponse(config, untransformed as never);
      return res.code(status).send(JSON.stringify(transformed));
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
          // The body arrives as text (the content-type parser below); tRPC reads an empty body as an error too.
          return JSON.parse(typeof req.body === "string" ? req.body : "") as unknown;
        },
        isBatch,
        paths.length,
      );
      calls = await Promise.all(
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
      type = types.values().next().value ?? "unknown";
      if (type === "subscription") return await fastifyRequestHandler({ ...trpcOptions, req, res, path: rawPath });

      let contextError: TRPCError | undefined;
      try {
        ctx = await trpcOptions.createContext?.({ req, res, info: undefined as never });
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
            trpcOptions.onError?.({
              error,
              path: call.path,
              input: call.input(),
              ctx: ctx,
              type: proc?._def.type ?? "unknown",
              req,
            });
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
      return finish(responses, errors, isBatch ? responses : (responses[0] as TRPCResponse));
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      trpcOptions.onError?.({ error, path: undefined, input: undefined, ctx: ctx, type, req });
      const response = {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- the shape is typed any, as above
        error: getErrorShape({ config, error, type, path: undefined, input: undefined, ctx: ctx as never }),
      } as TRPCResponse;
      return finish([response], [error], response);
    }
  }

  return app.register(async (scope) => {
    // The body stays text until a procedure reads its input, as in tRPC's own plugin.
    scope.removeContentTypeParser("application/json");
    scope.addContentTypeParser("application/json", { parseAs: "string" }, (_req, body, done) => done(null, body));
    scope.removeContentTypeParser("multipart/form-data");
    scope.addContentTypeParser("multipart/form-data", {}, (_req, body, done) => done(null, body));
    scope.all(`${options.prefix}/:path`, async (req, res) => {
      const path = (req.params as { path: string }).path;
      if (needsFullAdapter(req)) return fastifyRequestHandler({ ...trpcOptions, req, res, path });
      return handle(req, res, path);
    });
  });
}
