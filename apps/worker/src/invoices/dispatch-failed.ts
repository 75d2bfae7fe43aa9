import { dispatchFailureText, type DispatchFailureReason } from "@reskontra/domain";
import { createTranslator } from "@reskontra/i18n";
import { eq } from "drizzle-orm";
import { customers, invoices, notifications, users, type DbOrTx, type DeliveryMethod } from "@reskontra/db";
import { appendToAlert, helsinkiDate } from "../jobs/raise-alert";
import { queueMail } from "../mail/queue-mail";
import { dispatchFailedMailMessages } from "./messages";

export interface FailedDispatch {
  id: string;
  invoiceId: string;
  documentKind: string;
  channel: DeliveryMethod;
}

const CHANNEL_KEY = {
  email: "channelEmail",
  post: "channelPost",
  einvoice: "channelEinvoice",
} as const satisfies Record<DeliveryMethod, string>;

/**
 * Tells the people who must act that a delivery failed for good, in the transaction that marks it
 * failed: customer service through the day's "dispatch_failed" alert, the invoice's owner through a
 * notification and an e-mail, each with the reason in the reader's language. Called only by the run
 * that moved the dispatch out of "queued", and the mail's key is the dispatch, so nothing is told twice.
 * Returns the owner's mail to enqueue after commit.
 */
export async function tellDispatchFailed(
  tx: DbOrTx,
  input: {
    dispatch: FailedDispatch;
    failure: { reason: DispatchFailureReason; detail: string | null };
    publicUrl: string;
    now: Date;
  },
): Promise<string | null> {
  const { dispatch, failure, now } = input;
  const [row] = await tx
    .select({
      invoiceNumber: invoices.invoiceNumber,
      kind: invoices.kind,
      ownerId: users.id,
      ownerName: users.name,
      ownerEmail: users.email,
      ownerLocale: users.locale,
      buyer: customers.name,
    })
    .from(invoices)
    .innerJoin(users, eq(users.id, invoices.userId))
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(eq(invoices.id, dispatch.invoiceId));
  const invoiceNumber = row?.invoiceNumber ?? "";
  await appendToAlert(tx, {
    kind: "dispatch_failed",
    businessDate: helsinkiDate(now),
    listKey: "dispatches",
    entry: {
      dispatchId: dispatch.id,
      invoiceId: dispatch.invoiceId,
      invoiceNumber,
      documentKind: dispatch.documentKind,
      channel: dispatch.channel,
      reason: failure.reason,
      detail: failure.detail,
    },
  });
  if (!row) return null;
  await tx.insert(notifications).values({
    userId: row.ownerId,
    kind: "invoice_dispatch_failed",
    invoiceId: dispatch.invoiceId,
    params: {
      invoiceNumber,
      documentKind: dispatch.documentKind,
      channel: dispatch.channel,
      reason: failure.reason,
      ...(failure.detail ? { detail: failure.detail } : {}),
    },
    createdAt: now,
  });
  const locale = row.ownerLocale === "en" ? "en" : "fi";
  const t = createTranslator(dispatchFailedMailMessages, locale);
  const params = { number: invoiceNumber };
  const what =
    dispatch.documentKind === "reminder"
      ? t("whatReminder", params)
      : row.kind === "credit_note"
        ? t("whatCreditNote", params)
        : t("whatInvoice", params);
  return queueMail(tx, {
    idempotencyKey: `dispatch-failed:${dispatch.id}`,
    toAddress: row.ownerEmail,
    subject: t(dispatch.documentKind === "reminder" ? "subjectReminder" : "subjectInvoice", params),
    body: t("body", {
      owner: row.ownerName,
      what,
      buyer: row.buyer,
      how: t(CHANNEL_KEY[dispatch.channel]),
      reason: dispatchFailureText(failure.reason, locale, failure.detail),
      link: `${input.publicUrl}/invoices/${dispatch.invoiceId}`,
    }),
    createdAt: now,
  });
}
