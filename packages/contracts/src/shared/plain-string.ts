import { z } from "zod";

/** The refusal code of text that PostgreSQL cannot store or that is not whole Unicode; issueText words it. */
export const TEXT_NOT_PLAIN = "TEXT_NOT_PLAIN";

// NUL cannot be stored in a PostgreSQL text column; a lone surrogate half is not a character at all
// (and jsonb, where the audit log keeps the text, refuses it).
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const NOT_PLAIN = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * `z.string()` for text a person or a client sends: refuses NUL characters and broken characters
 * with plain words instead of letting the database fail on them. Chain `.trim().min().max()` as usual.
 */
export function plainString() {
  return z.string().refine((value) => !NOT_PLAIN.test(value), { message: TEXT_NOT_PLAIN, abort: true });
}
