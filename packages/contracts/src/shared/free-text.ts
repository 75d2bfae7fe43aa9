import { findIdentityCode } from "@reskontra/domain";
import { plainString } from "./plain-string";

/** The refusal code of free text that holds a personal identity code; its words are the domain's. */
export const TEXT_HAS_IDENTITY_CODE = "TEXT_HAS_IDENTITY_CODE";

/**
 * Required free text on an invoice or a customer (a name, a row, a note): plain characters,
 * trimmed, 1–`max` characters, and no personal identity code, which would be printed on the PDF
 * and carried in the Finvoice.
 */
export function freeText(max: number) {
  return plainString()
    .trim()
    .min(1)
    .max(max)
    .refine((text) => findIdentityCode(text) === null, { message: TEXT_HAS_IDENTITY_CODE });
}

/** As freeText, but may be left out: empty, null or missing is null. */
export function optionalFreeText(max: number) {
  return plainString()
    .trim()
    .max(max)
    .refine((text) => findIdentityCode(text) === null, { message: TEXT_HAS_IDENTITY_CODE })
    .nullish()
    .transform((v) => (v ? v : null));
}
