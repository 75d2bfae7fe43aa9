import type { DbOrTx } from "@reskontra/db";
import { sendMail } from "@reskontra/jobs";
import { DispatchRefusedError, loadInvoices, type LoadedInvoice } from "@reskontra/usecases/invoices";
import { loadReminders } from "@reskontra/usecases/reminders";
import type { InvoiceDocument } from "@reskontra/documents";
import { faultAt, type JobContext } from "../jobs/job-context";
import type { DispatchRecord } from "./dispatch-record";
import { finalizeSentInvoice } from "./finalize-invoice";
import { finalizeSentReminders, recordReminderTrouble } from "./finalize-reminder";
import { buyerInvoiceMail, type BuyerMail } from "./invoice-mail";
import { buyerReminderMail } from "./reminder-mail";

/** What finalizing one delivered dispatch came to: "skipped" when another run recorded it first. */
export type Finalized = "sent" | "skipped" | Error;

/** A batch of dispatches of one kind, loaded for delivery, with the kind's own bookkeeping bound to it. */
export interface LoadedBatch {
  /** Each dispatch's document by dispatch id, or the refusal that says why it cannot be sent. */
  loaded: ReadonlyMap<string, LoadedInvoice | DispatchRefusedError>;
  /** Records the delivered ones, by dispatch id. */
  finalize: (delivered: readonly Delivered[]) => Promise<Map<string, Finalized>>;
}

export interface Delivered {
  dispatch: DispatchRecord;
  externalRef: string;
}

/** What differs between the kinds of document a dispatch delivers; everything else is shared. */
export interface DocumentKind {
  /** How the logs name what was delivered. */
  noun: "invoice" | "reminder";
  load(ctx: JobContext, dispatches: readonly DispatchRecord[]): Promise<LoadedBatch>;
  /** The e-mail that carries the document when the channel is e-mail. */
  buyerMail: (doc: InvoiceDocument) => BuyerMail;
  /** Called when the delivery failed for good or its outcome is unknown. */
  recordTrouble: (ctx: JobContext, dispatch: DispatchRecord, kind: "failed" | "uncertain", reason: string) => Promise<void>;
}

interface KindRules<L extends LoadedInvoice> {
  noun: DocumentKind["noun"];
  /** Loads the whole batch in a fixed number of statements: by dispatch id, the document or its refusal. */
  load(db: DbOrTx, dispatches: readonly DispatchRecord[]): Promise<Map<string, L | DispatchRefusedError>>;
  buyerMail: (doc: InvoiceDocument) => BuyerMail;
  finalize(ctx: JobContext, delivered: readonly (Delivered & { loaded: L })[]): Promise<Map<string, Finalized>>;
  recordTrouble?: DocumentKind["recordTrouble"];
}

/** Binds a kind's finalizer to what its own loader loaded, so the table needs no casts. */
function documentKind<L extends LoadedInvoice>(rules: KindRules<L>): DocumentKind {
  return {
    async load(ctx, dispatches) {
      const loaded = await rules.load(ctx.db, dispatches);
      return {
        loaded,
        finalize(delivered) {
          const ready = delivered.flatMap((d) => {
            const l = loaded.get(d.dispatch.id);
            return l === undefined || l instanceof Error ? [] : [{ ...d, loaded: l }];
          });
          return rules.finalize(ctx, ready);
        },
      };
    },
    noun: rules.noun,
    buyerMail: rules.buyerMail,
    recordTrouble: rules.recordTrouble ?? (() => Promise.resolve()),
  };
}

/** An invoice or credit note as submitted; the owner is told by e-mail once it has gone. */
const invoiceKind = documentKind({
  noun: "invoice",
  async load(db, dispatches) {
    const byInvoice = await loadInvoices(
      db,
      dispatches.map((d) => d.invoiceId),
    );
    return new Map(
      dispatches.map((d) => [
        d.id,
        byInvoice.get(d.invoiceId) ?? new DispatchRefusedError(`invoice ${d.invoiceId} does not exist`),
      ]),
    );
  },
  buyerMail: buyerInvoiceMail,
  // Each on its own: an invoice's bookkeeping queues the owner's mail, and invoices come a few at a time.
  async finalize(ctx, delivered) {
    const settled = await Promise.all(
      delivered.map(async (input): Promise<[string, Finalized]> => {
        try {
          const mailId = await finalizeSentInvoice(ctx, input);
          if (mailId === null) return [input.dispatch.id, "skipped"];
          await faultAt(ctx, "finalized");
          // Enqueued after the commit; if this process dies first, the outbox sweep enqueues it.
          await ctx.jobs.send(sendMail, { mailId }, { singletonKey: mailId });
          return [input.dispatch.id, "sent"];
        } catch (error) {
          return [input.dispatch.id, error instanceof Error ? error : new Error(String(error))];
        }
      }),
    );
    return new Map(settled);
  },
});

/** A payment reminder of an invoice; it leaves the invoice an open receivable. */
const reminderKind = documentKind({
  noun: "reminder",
  load: (db, dispatches) =>
    loadReminders(
      db,
      dispatches.map((d) => d.id),
    ),
  buyerMail: buyerReminderMail,
  // A day's reminders arrive by the hundred thousand: the batch is recorded in one statement.
  async finalize(ctx, delivered) {
    const recorded = await finalizeSentReminders(ctx, delivered);
    return new Map(delivered.map((d) => [d.dispatch.id, recorded.has(d.dispatch.id) ? "sent" : "skipped"]));
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
