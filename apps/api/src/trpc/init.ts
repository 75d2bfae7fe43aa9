import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import type { Context } from "./context";
import { describeError, toTrpcError } from "./format-error";

/** superjson carries `Date`s as `Date`s, so an output typed `Date` is one in the web and the CLI too. */
const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const { message, data } = describeError(error, ctx?.locale ?? "fi");
    // Never hand a stack or an internal message to the client.
    const { stack: _stack, ...rest } = shape.data;
    return { ...shape, message, data: { ...rest, ...data } };
  },
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/** Application and domain refusals thrown inside a use case become tRPC errors with the mapped code. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTrpcError(result.error.cause ?? result.error);
    if (mapped instanceof TRPCError) throw mapped;
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapErrors);
