import type { DbOrTx } from "@reskontra/db";
import { sendMail } from "@reskontra/jobs";
import { DispatchRefusedError, loadInvoice, type LoadedInvoice } from "@reskontra/usecases/invoices";
import { loadReminder } from "@reskontra/usecases/reminders";
import type { InvoiceDocument } from "@reskontra/documents";
import { faultAt, type JobContext } from "../jobs/job-context";
import type { DispatchRecord } from "./dispatch-record";
import { finalizeSentInvoice } from "./finalize-invoice";
import { finalizeSentReminder, recordReminderTrouble } from "./finalize-reminder";
import { buyerInvoiceMail, type BuyerMail } from "./invoice-mail";
import { buyerReminderMail } from "./reminder-mail";

/** A document loaded for delivery, with the kind's own bookkeeping bound to it. */
export interface LoadedDispatch {
  loaded: LoadedInvoice;
  /** Records the delivery; "skipped" when another run recorded it first. */
  finalize: (externalRef: string) => Promise<"sent" | "skipped">;
}

/** What differs between the kinds of document a dispatch delivers; everything else is shared. */
export interface DocumentKind {
  /** How the logs name what was delivered. */
  noun: "invoice" | "reminder";
  load(ctx: JobContext, dispatch: DispatchRecord): Promise<LoadedDispatch>;
  /** The e-mail that carries the document when the channel is e-mail. */
  buyerMail: (doc: InvoiceDocument) => BuyerMail;
  /** Called when the delivery failed for good or its outcome is unknown. */
  recordTrouble: (ctx: JobContext, dispatch: DispatchRecord, kind: "failed" | "uncertain", reason: string) => Promise<void>;
}

interface KindRules<L extends LoadedInvoice> {
  noun: DocumentKind["noun"];
  load(db: DbOrTx, dispatch: DispatchRecord): Promise<L>;
  buyerMail: (doc: InvoiceDocument) => BuyerMail;
  finalize(ctx: JobContext, input: { dispatch: DispatchRecord; loaded: L; externalRef: string }): Promise<"sent" | "skipped">;
  recordTrouble?: DocumentKind["recordTrouble"];
}

/** Binds a kind's finalizer to what its own loader loaded, so the table needs no casts. */
function documentKind<L extends LoadedInvoice>(rules: KindRules<L>): DocumentKind {
  return {
    async load(ctx, dispatch) {
      const loaded = await rules.load(ctx.db, dispatch);
      return { loaded, finalize: (externalRef) => rules.finalize(ctx, { dispatch, loaded, externalRef }) };
    },
    noun: rules.noun,
    buyerMail: rules.buyerMail,
    recordTrouble: rules.recordTrouble ?? (() => Promise.resolve()),
  };
}

/** An invoice or credit note as submitted; the owner is told by e-mail once it has gone. */
const invoiceKind = documentKind({
  noun: "invoice",
  load: (db, dispatch) => loadInvoice(db, dispatch.invoiceId),
  buyerMail: buyerInvoiceMail,
  async finalize(ctx, input) {
    const mailId = await finalizeSentInvoice(ctx, input);
    if (mailId === null) return "skipped";
    await faultAt(ctx, "finalized");
    // Enqueued after the commit; if this process dies first, the outbox sweep enqueues it.
    await ctx.jobs.send(sendMail, { mailId }, { singletonKey: mailId });
    return "sent";
  },
});

/** A payment reminder of an invoice; it leaves the invoice an open receivable. */
const reminderKind = documentKind({
  noun: "reminder",
  load: (db, dispatch) => loadReminder(db, dispatch.id),
  buyerMail: buyerReminderMail,
  async finalize(ctx, input) {
    return (await finalizeSentReminder(ctx, input)) ? "sent" : "skipped";
  },
  recordTrouble: recordReminderTrouble,
});

/** dispatches.document_kind → its rules. */
const DOCUMENT_KINDS: Readonly<Record<string, DocumentKind>> = {
  invoice: invoiceKind,
  credit_note: invoiceKind,
  reminder: reminderKind,
};

export function documentKindOf(dispatch: DispatchRecord): DocumentKind {
  const kind = DOCUMENT_KINDS[dispatch.documentKind];
  if (!kind) throw new DispatchRefusedError(`dispatch ${dispatch.id} has an unknown document kind "${dispatch.documentKind}"`);
  return kind;
}
