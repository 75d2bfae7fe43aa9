import { DomainError } from "../shared/errors";
import { divideRoundHalfUp, type Cents } from "../shared/money";

/**
 * An invoice row. `quantity` is a plain number with at most three decimals
 * (1.5 h, 0.125 kg); it is turned into exact thousandths before any
 * arithmetic, so no float error reaches the cents. `unitPriceCents` is the
 * VAT-exclusive unit price. Negative quantities or prices make credit rows.
 */
export type InvoiceRowInput = {
  quantity: number;
  unitPriceCents: number;
  /** e.g. 25.5, 14, 13.5, 10, 0 — at most two decimals. */
  vatRatePercent: number;
};

export type InvoiceRowAmounts = { netCents: Cents; vatCents: Cents; grossCents: Cents };

export type VatBreakdownLine = { vatRatePercent: number } & InvoiceRowAmounts;

export type InvoiceTotals = {
  rows: InvoiceRowAmounts[];
  /** One line per VAT rate, highest rate first. */
  vatBreakdown: VatBreakdownLine[];
  totals: InvoiceRowAmounts;
};

/** Quantity as integer thousandths; refuses more than three decimals. */
export function quantityToThousandths(quantity: number, field = "quantity"): number {
  const scaled = Math.round(quantity * 1000);
  if (!Number.isFinite(quantity) || Math.abs(quantity * 1000 - scaled) > 1e-6 || !Number.isSafeInteger(scaled)) {
    throw new DomainError("QUANTITY_INVALID", { field });
  }
  return scaled;
}

/** VAT rate as integer hundredths of a percent (25.5 % → 2550). */
export function vatRateToBasisPoints(rate: number, field = "vatRatePercent"): number {
  const bp = Math.round(rate * 100);
  if (!Number.isFinite(rate) || Math.abs(rate * 100 - bp) > 1e-6 || bp < 0 || bp > 10_000) {
    throw new DomainError("VAT_RATE_INVALID", { field });
  }
  return bp;
}

/**
 * Row net = quantity × unit price, rounded half up to cents; row VAT = net ×
 * rate, rounded half up. The row VAT is shown on the row; the invoice's VAT is
 * computed per rate from the rows' nets (see `summarizeVat`).
 */
export function calculateRowAmounts(row: InvoiceRowInput, index = 0): InvoiceRowAmounts {
  const milli = quantityToThousandths(row.quantity, `rows.${index}.quantity`);
  if (!Number.isSafeInteger(row.unitPriceCents)) {
    throw new DomainError("AMOUNT_INVALID", { field: `rows.${index}.unitPriceCents` });
  }
  const bp = vatRateToBasisPoints(row.vatRatePercent, `rows.${index}.vatRatePercent`);
  const net = divideRoundHalfUp(BigInt(milli) * BigInt(row.unitPriceCents), 1000n);
  const vat = divideRoundHalfUp(net * BigInt(bp), 10_000n);
  const netCents = Number(net);
  const vatCents = Number(vat);
  if (!Number.isSafeInteger(netCents + vatCents)) {
    throw new DomainError("AMOUNT_INVALID", { field: `rows.${index}.unitPriceCents` });
  }
  return { netCents: netCents as Cents, vatCents: vatCents as Cents, grossCents: (netCents + vatCents) as Cents };
}

/** A row as the VAT summary needs it: its rate and its (already rounded) net amount. */
export type VatSummaryRow = { vatRatePercent: number; netCents: number };

/**
 * The VAT breakdown and totals of an invoice, EN 16931 BR-CO-17: the VAT of a
 * rate is that rate applied to the sum of the rate's row nets, rounded half up
 * once. Summing separately rounded row VATs would let rounding errors add up
 * (ten rows of 0,10 € at 25,5 % would make 0,30 € instead of 0,26 €).
 * Total net = sum of the row nets; total VAT = sum of the per-rate VATs;
 * total gross = net + VAT. Lines are ordered highest rate first.
 */
export function summarizeVat(rows: readonly VatSummaryRow[]): Omit<InvoiceTotals, "rows"> {
  const netByRate = new Map<number, bigint>();
  for (const row of rows) {
    const bp = vatRateToBasisPoints(row.vatRatePercent);
    netByRate.set(bp, (netByRate.get(bp) ?? 0n) + BigInt(row.netCents));
  }
  const totals: InvoiceRowAmounts = zero();
  const vatBreakdown = [...netByRate.entries()]
    .sort((x, y) => y[0] - x[0])
    .map(([bp, net]): VatBreakdownLine => {
      const netCents = Number(net);
      const vatCents = Number(divideRoundHalfUp(net * BigInt(bp), 10_000n));
      const line = {
        vatRatePercent: bp / 100,
        netCents: netCents as Cents,
        vatCents: vatCents as Cents,
        grossCents: (netCents + vatCents) as Cents,
      };
      addInto(totals, line);
      return line;
    });
  return { vatBreakdown, totals };
}

/** Adds amounts into a running sum; sums of cents are cents. */
function addInto(sum: InvoiceRowAmounts, a: InvoiceRowAmounts): void {
  sum.netCents = (sum.netCents + a.netCents) as Cents;
  sum.vatCents = (sum.vatCents + a.vatCents) as Cents;
  sum.grossCents = (sum.grossCents + a.grossCents) as Cents;
}

const zero = () => ({ netCents: 0 as Cents, vatCents: 0 as Cents, grossCents: 0 as Cents });

/** Row amounts as printed on the rows, and the invoice's VAT per rate and totals (BR-CO-17). */
export function calculateInvoiceTotals(rows: readonly InvoiceRowInput[]): InvoiceTotals {
  const amounts = rows.map((row, i) => calculateRowAmounts(row, i));
  const summary = summarizeVat(
    rows.map((row, i) => ({ vatRatePercent: row.vatRatePercent, netCents: amounts[i]?.netCents ?? 0 })),
  );
  return { rows: amounts, ...summary };
}
