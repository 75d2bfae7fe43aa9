import { z } from "zod";
import type { DeliveryMethod } from "@reskontra/db";
import { faultAt, requireMailer, type JobContext } from "../jobs/job-context";
import { runSideEffectOnce } from "../jobs/side-effect-once";
import { isDefinitelyUndelivered } from "@reskontra/mail";
import { DispatchRefusedError } from "@reskontra/usecases/invoices";
import type { FinvoiceFrameOptions, InvoiceDocument } from "@reskontra/documents";
import type { BuyerMail } from "./invoice-mail";
import { writeFileAtomically } from "./write-file-atomically";
import { sendToEinvoiceOperator } from "../invoices/einvoice-operator";

export interface RenderedDispatch {
  dispatchId: string;
  invoiceId: string;
  channel: DeliveryMethod;
  document: InvoiceDocument;
  pdf: Buffer;
  /** Set for e-invoices. */
  finvoiceXml: string | null;
  /** Set for e-invoices whose seller and buyer both have an e-invoice address and operator. */
  finvoiceFrame: FinvoiceFrameOptions | null;
}

/** What a channel needs besides the rendered document: the kind's e-mail to the buyer. */
export interface DeliveryTexts {
  buyerMail: (doc: InvoiceDocument) => BuyerMail;
}

type Deliverer = (ctx: JobContext, r: RenderedDispatch, texts: DeliveryTexts) => Promise<Delivery>;

/** Delivered (with where it went), or handed over with an unknown outcome that a person must check. */
export type Delivery = { status: "delivered"; externalRef: string } | { status: "uncertain"; startedAt: Date };

/**
 * Refuses, before anything is rendered or sent, a dispatch its channel cannot carry, and fails
 * (to be retried) one the worker is not configured for.
 */
export function checkChannel(ctx: JobContext, channel: DeliveryMethod, doc: InvoiceDocument): void {
  switch (channel) {
    case "email":
      if (!doc.buyer.email)
        throw new DispatchRefusedError(
          `buyer "${doc.buyer.name}" has no e-mail address: cannot send invoice ${doc.invoiceNumber} by e-mail`,
          "buyer_email_missing",
        );
      requireMailer(ctx, `e-mail invoice ${doc.invoiceNumber}`);
      return;
    case "einvoice":
      if (!doc.buyer.einvoiceAddress || !doc.buyer.operatorId) {
        throw new DispatchRefusedError(
          `buyer "${doc.buyer.name}" has no e-invoice address and operator id: cannot send invoice ${doc.invoiceNumber} as an e-invoice`,
          "buyer_einvoice_address_missing",
        );
      }
      return;
    case "post":
      return;
  }
}

/** The stable file name in an outbox: the same dispatch always lands on the same name. */
export function outboxFileName(doc: InvoiceDocument, dispatchId: string, extension: "pdf" | "xml"): string {
  return `${doc.invoiceNumber}-${dispatchId}.${extension}`;
}

async function deliverByEinvoice(ctx: JobContext, r: RenderedDispatch): Promise<Delivery> {
  if (r.finvoiceXml === null) throw new Error(`dispatch ${r.dispatchId}: no Finvoice message was rendered`);
  const operatorUrl = ctx.config.einvoiceOperatorUrl;
  if (operatorUrl !== null) {
    const { dispatchId, finvoiceXml, finvoiceFrame: frame } = r;
    return sendToEinvoiceOperator(ctx, operatorUrl, { dispatchId, invoiceNumber: r.document.invoiceNumber, finvoiceXml, frame });
  }
  const file = await writeFileAtomically(
    ctx.config.einvoiceOutboxDir,
    outboxFileName(r.document, r.dispatchId, "xml"),
    r.finvoiceXml,
  );
  return { status: "delivered", externalRef: file };
}

const emailResult = z.object({ messageId: z.string() });

async function deliverByEmail(ctx: JobContext, r: RenderedDispatch, texts: DeliveryTexts): Promise<Delivery> {
  const mailer = requireMailer(ctx, `e-mail invoice ${r.document.invoiceNumber}`);
  const to = r.document.buyer.email;
  if (!to) throw new DispatchRefusedError(`buyer "${r.document.buyer.name}" has no e-mail address`, "buyer_email_missing");
  const mail = texts.buyerMail(r.document);
  const outcome = await runSideEffectOnce(ctx.db, {
    key: `dispatch:${r.dispatchId}:email`,
    clock: ctx.clock,
    holder: ctx.instanceId,
    parseResult: (stored) => emailResult.parse(stored),
    isDefinitelyNotPerformed: isDefinitelyUndelivered,
    perform: async () => {
      const sent = await mailer.send({
        from: ctx.config.invoiceMailFrom,
        to,
        subject: mail.subject,
        text: mail.text,
        attachments: [{ filename: mail.filename, content: r.pdf, contentType: "application/pdf" }],
        // Stable per dispatch, so the receiving side can recognise the message should it ever arrive twice.
        messageId: `dispatch-${r.dispatchId}@reskontra`,
      });
      await faultAt(ctx, "email-sent");
      return { messageId: sent.messageId };
    },
  });
  if (outcome.status === "uncertain") return outcome;
  return { status: "delivered", externalRef: outcome.result.messageId };
}

async function deliverByPost(ctx: JobContext, r: RenderedDispatch): Promise<Delivery> {
  const name = outboxFileName(r.document, r.dispatchId, "pdf");
  const url = ctx.config.printServiceUrl;
  if (url === null) {
    return { status: "delivered", externalRef: await writeFileAtomically(ctx.config.printOutboxDir, name, r.pdf) };
  }
  // The print service deduplicates on the key, so a rerun after a lost response prints once.
  const idempotencyKey = `dispatch-${r.dispatchId}`;
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "Content-Type": "application/pdf",
      "Idempotency-Key": idempotencyKey,
      "Content-Disposition": `attachment; filename="${name}"`,
    },
    body: new Uint8Array(r.pdf),
    signal: AbortSignal.timeout(60_000),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`print service ${url} answered ${response.status} ${response.statusText} for ${name}`);
  const location = response.headers.get("location");
  return { status: "delivered", externalRef: location ? new URL(location, url).toString() : `${url}#${idempotencyKey}` };
}

/** One deliverer per channel. */
const CHANNELS: Readonly<Record<DeliveryMethod, Deliverer>> = {
  email: deliverByEmail,
  post: deliverByPost,
  einvoice: deliverByEinvoice,
};

export function deliverByChannel(ctx: JobContext, r: RenderedDispatch, texts: DeliveryTexts): Promise<Delivery> {
  return CHANNELS[r.channel](ctx, r, texts);
}
