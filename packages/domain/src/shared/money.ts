import { DomainError } from "./errors";

declare const centsBrand: unique symbol;
/** Integer euro cents. The brand keeps euros-as-floats from sneaking in. */
export type Cents = number & { readonly [centsBrand]: true };

export function isCents(value: unknown): value is Cents {
  return typeof value === "number" && Number.isSafeInteger(value);
}

/** Brands a number as cents, refusing fractions and unsafe integers. */
export function toCents(value: number, field = "amountCents"): Cents {
  if (!isCents(value)) throw new DomainError("AMOUNT_INVALID", { field });
  return value;
}

/** Like toCents, and also refuses negative amounts. */
export function toNonNegativeCents(value: number, field = "amountCents"): Cents {
  const c = toCents(value, field);
  if (c < 0) throw new DomainError("AMOUNT_NEGATIVE", { field });
  return c;
}

/**
 * numerator / denominator rounded half away from zero, exactly (BigInt), so a
 * credit note rounds to the mirror image of its invoice.
 */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError("denominator must be positive");
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const q = (abs * 2n + denominator) / (denominator * 2n);
  return negative ? -q : q;
}

export function sumCents(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
