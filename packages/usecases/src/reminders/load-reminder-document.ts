import { inArray } from "drizzle-orm";
import { reminders, type DbOrTx } from "@reskontra/db";
import { formatDateFi, formatPercentFi, type InvoiceDocument, type InvoiceDocumentRow } from "@reskontra/documents";
import { createTranslator, type Translate } from "@reskontra/i18n";
import { DispatchRefusedError } from "../invoices/dispatch-errors";
import { loadInvoices, type LoadedInvoice } from "../invoices/load-invoice-document";
import { paymentCodes } from "../invoices/payment-codes";
import { reminderDocumentMessages, type ReminderDocumentTexts } from "./messages";

export type ReminderRecord = typeof reminders.$inferSelect;
export type LoadedReminder = LoadedInvoice & { reminder: ReminderRecord };

function zeroVatRow(description: string, cents: number): InvoiceDocumentRow {
  return { description, quantity: 1, unitPriceCents: cents, vatRatePercent: 0, netCents: cents, vatCents: 0, grossCents: cents };
}

/**
 * The late interest as one row per half-year (each with its own rate and days, Interest Act 4 §
 * and 12 §), as the run fixed them. Reminders made before the periods were stored have one row.
 */
function interestRows(
  reminder: ReminderRecord,
  originalDueDate: string,
  t: Translate<ReminderDocumentTexts>,
): InvoiceDocumentRow[] {
  if (reminder.interestCents <= 0 || reminder.interestRateBp === null) return [];
  const periods = reminder.interestPeriods.length > 0 ? reminder.interestPeriods : null;
  if (!periods) {
    const rate = formatPercentFi(reminder.interestRateBp / 100);
    return [
      zeroVatRow(
        t("interest", { rate, from: formatDateFi(originalDueDate), to: formatDateFi(reminder.runDate) }),
        reminder.interestCents,
      ),
    ];
  }
  return periods.map((p) =>
    zeroVatRow(
      t("interestPeriod", {
        rate: formatPercentFi(p.rateBp / 100),
        from: formatDateFi(p.from),
        to: formatDateFi(p.to),
        days: p.days,
      }),
      p.cents,
    ),
  );
}

/**
 * The reminder of a dispatch as a document of its own: built from the original invoice and the
 * amounts fixed when the run made the reminder, so every rerun renders the very same document.
 * It keeps the original reference, so the payment finds the original invoice.
 */
export async function loadReminder(db: DbOrTx, dispatchId: string): Promise<LoadedReminder> {
  const loaded = (await loadReminders(db, [dispatchId])).get(dispatchId);
  if (loaded === undefined || loaded instanceof Error) throw loaded ?? missingReminder(dispatchId);
  return loaded;
}

const missingReminder = (dispatchId: string) =>
  new DispatchRefusedError(`dispatch ${dispatchId} is a reminder without a reminder row`);

/** Many dispatches' reminders in a fixed number of statements; each id maps to its document or its refusal. */
export async function loadReminders(
  db: DbOrTx,
  dispatchIds: readonly string[],
): Promise<Map<string, LoadedReminder | DispatchRefusedError>> {
  const found =
    dispatchIds.length === 0
      ? []
      : await db
          .select()
          .from(reminders)
          .where(inArray(reminders.dispatchId, [...dispatchIds]));
  const invoices = await loadInvoices(
    db,
    found.map((r) => r.invoiceId),
  );
  const result = new Map<string, LoadedReminder | DispatchRefusedError>();
  for (const id of dispatchIds) result.set(id, missingReminder(id));
  for (const reminder of found) {
    const loaded = invoices.get(reminder.invoiceId);
    if (reminder.dispatchId === null || loaded === undefined) continue;
    result.set(reminder.dispatchId, loaded instanceof Error ? loaded : reminderDocument(reminder, loaded));
  }
  return result;
}

function reminderDocument(reminder: ReminderRecord, loaded: LoadedInvoice): LoadedReminder {
  const original = loaded.document;
  const t = createTranslator(reminderDocumentMessages, original.language);
  const rows: InvoiceDocumentRow[] = [];
  if (reminder.feeCents > 0) rows.push(zeroVatRow(t("fee"), reminder.feeCents));
  if (reminder.compensationCents > 0) rows.push(zeroVatRow(t("compensation"), reminder.compensationCents));
  rows.push(...interestRows(reminder, original.dueDate, t));
  const total = rows.reduce((sum, r) => sum + r.grossCents, 0);
  const payable = reminder.openCents + total;
  const document: InvoiceDocument = {
    ...original,
    kind: "reminder",
    // Its own number for files and messages; the original's number and reference stay on it.
    invoiceNumber: `${original.invoiceNumber}-M${reminder.sequence}`,
    issueDate: reminder.runDate,
    dueDate: reminder.newDueDate,
    deliveryDate: undefined,
    paymentTermsDays: 14,
    rows,
    vatBreakdown: total > 0 ? [{ vatRatePercent: 0, netCents: total, vatCents: 0 }] : [],
    totals: { netCents: total, vatCents: 0, grossCents: total },
    ...paymentCodes({
      seller: original.seller,
      amountCents: payable,
      reference: original.referenceNumber,
      dueDate: reminder.newDueDate,
    }),
    originalInvoice: {
      invoiceNumber: original.invoiceNumber,
      referenceNumber: original.referenceNumber,
      dueDate: original.dueDate,
      openCents: reminder.openCents,
    },
    notes: t("note", { sequence: reminder.sequence }),
  };
  return { ...loaded, document, reminder };
}
