import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { describeError } from "../trpc/format-error";

/** Asserts a call is refused with this tRPC code and application code; returns the described error. */
export async function expectRefusal(
  call: Promise<unknown>,
  trpcCode: TRPCError["code"],
  appCode: string,
  locale: "fi" | "en" = "fi",
) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected a ${appCode} refusal`).toBeInstanceOf(TRPCError);
  const trpcError = error as TRPCError;
  expect(trpcError.code).toBe(trpcCode);
  const described = describeError(trpcError, locale);
  expect(described.data.appCode).toBe(appCode);
  return described;
}
