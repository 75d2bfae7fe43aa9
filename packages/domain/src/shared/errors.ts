import { domainErrorMessages } from "./error-messages";

export type DomainErrorParams = Record<string, string | number>;

/**
 * The one error vocabulary of the domain: a stable `code` (the web looks up
 * the Finnish/English text by it), the field concerned and message params.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly field?: string;
  readonly params?: DomainErrorParams;

  constructor(code: string, options: { field?: string; params?: DomainErrorParams; message?: string } = {}) {
    super(options.message ?? domainErrorMessages[code]?.en ?? code);
    this.name = "DomainError";
    this.code = code;
    if (options.field !== undefined) this.field = options.field;
    if (options.params !== undefined) this.params = options.params;
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}

/** A decider's typed "no": never thrown, returned. */
export type Refusal = { ok: false; code: string; field?: string; params?: DomainErrorParams };

/** A decider's answer: `{ ok: true, ...T }` or a refusal. */
export type Result<T extends object = Record<never, never>> = ({ ok: true } & T) | Refusal;

export function refuse(code: string, field?: string, params?: DomainErrorParams): Refusal {
  const r: Refusal = { ok: false, code };
  if (field !== undefined) r.field = field;
  if (params !== undefined) r.params = params;
  return r;
}

/** Turns a refusal into a thrown DomainError, for callers that want throw semantics. */
export function raise(refusal: Refusal): never {
  throw new DomainError(refusal.code, {
    ...(refusal.field !== undefined ? { field: refusal.field } : {}),
    ...(refusal.params !== undefined ? { params: refusal.params } : {}),
  });
}
