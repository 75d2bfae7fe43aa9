import { formatEurosFi, helsinkiToday, parseMoney } from "@reskontra/domain";
import type { InvoiceMessageKey } from "./messages";
import type { Customer, DeliveryMethod, InvoiceDetail, InvoiceDraftInput } from "./api-types";
import { formatQuantity, milliToQuantity, parseQuantityMilli, rateToBasisPoints, type TotalsInput } from "./invoice-amounts";

/** What the user types, kept as text so a half-typed "12," is not lost or rounded while typing. */
export interface RowForm {
  key: string;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  vatRate: string;
}

export interface InvoiceForm {
  customerId: string;
  issueDate: string;
  deliveryDate: string;
  paymentTermsDays: string;
  deliveryMethod: DeliveryMethod;
  notes: string;
  rows: RowForm[];
}

let nextRowKey = 0;
/** React keys for rows that have no id yet; a counter, since crypto.randomUUID needs a secure context. */
export function newRowKey(): string {
  nextRowKey += 1;
  return `row-${nextRowKey}`;
}

export function emptyRow(): RowForm {
  return { key: newRowKey(), description: "", quantity: "1", unit: "", unitPrice: "", vatRate: "25.5" };
}

export function emptyForm(): InvoiceForm {
  return {
    customerId: "",
    issueDate: helsinkiToday(new Date()),
    deliveryDate: "",
    paymentTermsDays: "14",
    deliveryMethod: "email",
    notes: "",
    rows: [emptyRow()],
  };
}

/** A saved invoice back into the form, for editing a draft or a returned invoice. */
export function formFromDetail(detail: InvoiceDetail, locale: "fi" | "en"): InvoiceForm {
  const { invoice } = detail;
  return {
    customerId: invoice.customerId,
    issueDate: invoice.issueDate,
    deliveryDate: invoice.deliveryDate ?? "",
    paymentTermsDays: String(invoice.paymentTermsDays),
    deliveryMethod: invoice.deliveryMethod,
    notes: invoice.notes ?? "",
    rows: detail.rows.map((r) => ({
      key: r.id,
      description: r.description,
      quantity: formatQuantity(r.quantityMilli, locale),
      unit: r.unit ?? "",
      unitPrice: formatEurosFi(r.unitPriceCents),
      // Integer basis points → the select's value ("25.5"); the division is exact for two decimals.
      vatRate: String(r.vatRateBp / 100),
    })),
  };
}

/** The delivery method a customer's details allow, best first: e-invoice, then e-mail, else post. */
export function suggestedDelivery(customer: Customer | undefined): DeliveryMethod | null {
  if (!customer) return null;
  if (customer.einvoiceAddress && customer.einvoiceOperator) return "einvoice";
  if (customer.email) return "email";
  return "post";
}

export interface ParsedRow extends TotalsInput {
  ok: boolean;
}

/** Each row as numbers for the live totals; a row not yet valid counts as zero. */
export function parseRows(rows: RowForm[]): ParsedRow[] {
  return rows.map((row) => {
    const quantityMilli = parseQuantityMilli(row.quantity);
    const unitPriceCents = parseMoney(row.unitPrice);
    const vatBasisPoints = rateToBasisPoints(row.vatRate);
    const ok = quantityMilli !== null && unitPriceCents !== null;
    return { ok, quantityMilli: quantityMilli ?? 0, unitPriceCents: unitPriceCents ?? 0, vatBasisPoints };
  });
}

const isBlankRow = (row: RowForm) =>
  !row.description.trim() && !row.unitPrice.trim() && !row.unit.trim() && ["", "1"].includes(row.quantity.trim());

/**
 * A half-filled form as a draft can hold it: rows nothing was typed into are left out, and a
 * described row without a price or quantity gets 0,00 € / 1 until it is finished. The customer and
 * at least one described row are still needed (the draft is listed by its customer and amount).
 */
export function draftOf(form: InvoiceForm): InvoiceForm {
  const rows = form.rows.filter((row) => !isBlankRow(row));
  return {
    ...form,
    rows: (rows.length > 0 ? rows : form.rows.slice(0, 1)).map((row) =>
      row.description.trim() ? { ...row, unitPrice: row.unitPrice.trim() || "0", quantity: row.quantity.trim() || "1" } : row,
    ),
  };
}

/** Errors found on `checked` (a draft may have fewer rows) at the rows of the form on screen, matched by row key. */
export function rowErrorsOnForm<T>(errors: Record<string, T>, checked: InvoiceForm, shown: InvoiceForm): Record<string, T> {
  if (checked.rows === shown.rows) return errors;
  return Object.fromEntries(
    Object.entries(errors).map(([field, error]) => {
      const match = /^rows\.(\d+)\.(.+)$/.exec(field);
      const key = match ? checked.rows[Number(match[1])]?.key : undefined;
      const at = key === undefined ? -1 : shown.rows.findIndex((row) => row.key === key);
      return [at >= 0 && match ? `rows.${at}.${match[2]}` : field, error];
    }),
  );
}

type DraftFields = Omit<InvoiceDraftInput, "organizationId">;

/**
 * Checks what the browser can check and builds the api input. Error keys are the api's field
 * paths ("rows.0.unitPriceCents"), so client and server errors land on the same input.
 */
export function validateForm(form: InvoiceForm): { input: DraftFields | null; errors: Record<string, InvoiceMessageKey> } {
  const errors: Record<string, InvoiceMessageKey> = {};
  if (!form.customerId) errors.customerId = "common.required";
  if (!form.issueDate) errors.issueDate = "common.required";
  const days = /^\d{1,3}$/.test(form.paymentTermsDays.trim()) ? Number(form.paymentTermsDays) : NaN;
  if (!(days >= 0 && days <= 365)) errors.paymentTermsDays = "form.invalidDays";
  const rows = form.rows.map((row, i) => {
    const quantityMilli = parseQuantityMilli(row.quantity);
    const unitPriceCents = parseMoney(row.unitPrice);
    if (!row.description.trim()) errors[`rows.${i}.description`] = "common.required";
    if (quantityMilli === null) errors[`rows.${i}.quantity`] = "form.invalidQuantity";
    if (unitPriceCents === null) errors[`rows.${i}.unitPriceCents`] = "form.invalidAmount";
    return {
      description: row.description.trim(),
      quantity: milliToQuantity(quantityMilli ?? 0),
      unit: row.unit.trim() || null,
      unitPriceCents: unitPriceCents ?? 0,
      vatRatePercent: rateToBasisPoints(row.vatRate) / 100,
    };
  });
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    errors,
    input: {
      customerId: form.customerId,
      issueDate: form.issueDate,
      deliveryDate: form.deliveryDate || null,
      paymentTermsDays: days,
      deliveryMethod: form.deliveryMethod,
      notes: form.notes.trim() || null,
      rows,
    },
  };
}
