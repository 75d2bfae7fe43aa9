import type { Cents } from "../shared/money";

type Amounts = { netCents: Cents | number; vatCents: Cents | number; grossCents: Cents | number };

// `0 - x`, not `-x`: a zero amount stays 0 rather than becoming -0.
const negate = (cents: number) => (0 - cents) as Cents;

/** A credit note credits the whole invoice: its totals are the invoice's, negated. */
export function creditNoteTotals(original: Amounts): { netCents: Cents; vatCents: Cents; grossCents: Cents } {
  return { netCents: negate(original.netCents), vatCents: negate(original.vatCents), grossCents: negate(original.grossCents) };
}

/** Each credit-note row mirrors an invoice row: the same price and rate, the quantity and amounts negated. */
export function creditNoteRow<R extends Amounts & { quantityMilli: number }>(row: R): R {
  return { ...row, ...creditNoteTotals(row), quantityMilli: 0 - row.quantityMilli };
}
