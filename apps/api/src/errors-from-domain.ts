import { domainErrorMessages } from "@reskontra/domain";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

/** A domain refusal's entry in the api's error table: its tRPC code here, its text from the domain. */
export function fromDomain<T extends TRPC_ERROR_CODE_KEY>(code: string, trpc: T): { trpc: T; fi: string; en: string } {
  const text = domainErrorMessages[code];
  if (!text) throw new Error(`domain error ${code} has no message`);
  return { trpc, fi: text.fi, en: text.en };
}
