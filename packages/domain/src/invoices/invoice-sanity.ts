import { formatDate } from "../shared/date-format";
import { compareIsoDates, daysInMonth, formatIsoDate, parseIsoDate, type IsoDate } from "../shared/dates";
import { isDomainError, refuse, type Refusal } from "../shared/errors";
import { formatMoney } from "../shared/money-format";
import { calculateInvoiceTotals, type InvoiceRowInput } from "./invoice-totals";

/**
 * The largest amount an invoice may carry: what the EPC QR code (SEPA credit transfer) can hold,
 * 999 999 999,99 €. Invoices of a million euros or more are legitimate; they go out without the
 * bank barcode, whose amount field ends at 999 999,99 €.
 */
export const INVOICE_AMOUNT_MAX_CENTS = 99_999_999_999;

/**
 * The invoice date may lie at most this many months back and ahead of today: a late invoice for
 * last year's work is normal, an invoice dated 1.1.1999 or in 2099 is a typing error.
 */
export const INVOICE_DATE_MONTHS_BACK = 12;
export const INVOICE_DATE_MONTHS_AHEAD = 3;
/** The due date, and the delivery date either way, at most this many months from the invoice date. */
export const INVOICE_TERM_MONTHS = 12;

/** The same day `months` later (or earlier, when negative); the 31st falls back to the month's last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatIsoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

const within = (date: IsoDate, from: IsoDate, to: IsoDate) => compareIsoDates(date, from) >= 0 && compareIsoDates(date, to) <= 0;

const windowParams = (from: IsoDate, to: IsoDate) => ({ from: formatDate(from), to: formatDate(to) });

export type InvoiceDates = { issueDate: IsoDate; dueDate: IsoDate; deliveryDate: IsoDate | null };

/**
 * The invoice's dates against today's business date: the invoice date within 12 months back and
 * 3 months ahead, the due date from the invoice date to 12 months after it, the delivery date
 * within 12 months of the invoice date either way. The refusal names the window as dates.
 * `dueField` is the field the user sets the due date with (the form sets payment terms in days).
 */
export function checkInvoiceDates(dates: InvoiceDates, today: IsoDate, dueField = "dueDate"): Refusal | null {
  const { issueDate, dueDate, deliveryDate } = dates;
  const issueFrom = addMonths(today, -INVOICE_DATE_MONTHS_BACK);
  const issueTo = addMonths(today, INVOICE_DATE_MONTHS_AHEAD);
  if (!within(issueDate, issueFrom, issueTo)) {
    return refuse("INVOICE_DATE_OUT_OF_WINDOW", "issueDate", windowParams(issueFrom, issueTo));
  }
  const termTo = addMonths(issueDate, INVOICE_TERM_MONTHS);
  if (!within(dueDate, issueDate, termTo)) {
    return refuse("INVOICE_DUE_DATE_OUT_OF_WINDOW", dueField, { due: formatDate(dueDate), ...windowParams(issueDate, termTo) });
  }
  const deliveryFrom = addMonths(issueDate, -INVOICE_TERM_MONTHS);
  if (deliveryDate !== null && !within(deliveryDate, deliveryFrom, termTo)) {
    return refuse("DELIVERY_DATE_OUT_OF_WINDOW", "deliveryDate", windowParams(deliveryFrom, termTo));
  }
  return null;
}

/**
 * An invoice's rows as the user typed them: each row's amount (quantity × price with VAT) and the
 * total at most INVOICE_AMOUNT_MAX_CENTS either way, and the total not negative — money back is a
 * credit note's job, made from the invoice it credits. Null when the amounts are fine.
 */
export function checkInvoiceAmounts(rows: readonly InvoiceRowInput[]): Refusal | null {
  let computed: ReturnType<typeof calculateInvoiceTotals>;
  try {
    computed = calculateInvoiceTotals(rows);
  } catch (error) {
    // A row too large for exact arithmetic at all: the same refusal as any row over the maximum.
    if (isDomainError(error) && error.code === "AMOUNT_INVALID" && error.field) return tooLargeRow(error.field);
    throw error;
  }
  const index = computed.rows.findIndex(
    (r) => Math.abs(r.netCents) > INVOICE_AMOUNT_MAX_CENTS || Math.abs(r.grossCents) > INVOICE_AMOUNT_MAX_CENTS,
  );
  if (index >= 0) return tooLargeRow(`rows.${index}.unitPriceCents`);
  const total = computed.totals.grossCents;
  if (total > INVOICE_AMOUNT_MAX_CENTS) {
    return refuse("INVOICE_TOTAL_TOO_LARGE", "rows", { total: formatMoney(total) });
  }
  if (total < 0) return refuse("INVOICE_TOTAL_NEGATIVE", "rows", { total: formatMoney(total) });
  return null;
}

function tooLargeRow(field: string): Refusal {
  return refuse("INVOICE_ROW_TOO_LARGE", field);
}

/** A payment is recorded once it has arrived: its date is today at the latest. */
export function checkPaymentDate(paidOn: IsoDate, today: IsoDate): Refusal | null {
  if (compareIsoDates(paidOn, today) <= 0) return null;
  return refuse("PAYMENT_DATE_IN_FUTURE", "paidOn", { date: formatDate(paidOn), today: formatDate(today) });
}
