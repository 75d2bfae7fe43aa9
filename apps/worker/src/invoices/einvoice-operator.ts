import { and, eq, isNull } from "drizzle-orm";
import { dispatches, invoices, writeAudit } from "@reskontra/db";
import { frameFinvoice, type FinvoiceFrameOptions } from "@reskontra/documents";
import { DispatchRefusedError } from "@reskontra/usecases/invoices";
import { faultAt, type JobContext } from "../jobs/job-context";
import { readOperatorAnswer, type OperatorAck } from "./operator-answer";

/** One Finvoice message on its way to the operator, as the dispatch rendered it. */
export interface OperatorHandOver {
  dispatchId: string;
  invoiceNumber: string;
  finvoiceXml: string;
  /** The frame's parties and identifiers; null when the seller or buyer cannot be routed. */
  frame: FinvoiceFrameOptions | null;
}

/**
 * Statuses worth another try later: the operator is down or busy (5xx, 408, 425, 429), or still
 * handling an earlier attempt with the same key (409). Every other 4xx says the message itself
 * will never be accepted as it stands.
 */
const TRANSIENT_STATUSES = new Set([408, 409, 425, 429]);

function isTransient(status: number): boolean {
  return status >= 500 || TRANSIENT_STATUSES.has(status);
}

/** The address without any user:password in it, for messages and logs; and those credentials apart. */
function splitCredentials(url: string): { address: string; basic: string | null } {
  const parsed = new URL(url);
  const basic = parsed.username
    ? Buffer.from(`${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`).toString("base64")
    : null;
  parsed.username = "";
  parsed.password = "";
  return { address: parsed.toString(), basic };
}

/**
 * POSTs the framed Finvoice message to the e-invoice operator and records its acknowledgement.
 *
 * The Idempotency-Key is the dispatch's own id, so a rerun after a crash (even one after the
 * operator took the message) repeats the same key and the operator keeps one message. A 5xx or a
 * broken connection throws an ordinary error: the dispatch stays queued and pg-boss retries the
 * job with exponential backoff. Any other 4xx is permanent: the dispatch fails with the
 * operator's own reason.
 */
export async function sendToEinvoiceOperator(
  ctx: JobContext,
  url: string,
  handOver: OperatorHandOver,
): Promise<{ status: "delivered"; externalRef: string }> {
  const { dispatchId, invoiceNumber, frame } = handOver;
  if (frame === null) {
    throw new DispatchRefusedError(
      `the seller or the buyer has no e-invoice address and operator id: cannot route invoice ${invoiceNumber} through the e-invoice operator`,
    );
  }
  const { address, basic } = splitCredentials(url);
  const token = ctx.config.einvoiceOperatorToken;
  const idempotencyKey = `dispatch-${dispatchId}`;
  const headers: Record<string, string> = {
    "Content-Type": "text/xml; charset=utf-8",
    SOAPAction: '""',
    "Idempotency-Key": idempotencyKey,
  };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  else if (basic !== null) headers.Authorization = `Basic ${basic}`;

  const response = await fetch(address, {
    method: "POST",
    headers,
    body: frameFinvoice(handOver.finvoiceXml, frame),
    signal: AbortSignal.timeout(60_000),
  });
  const answer = await readOperatorAnswer(response, ctx.clock());
  if (!response.ok) {
    const said = `the e-invoice operator answered ${response.status} ${response.statusText} for invoice ${invoiceNumber}`;
    if (isTransient(response.status)) throw new Error(`${said}; tried again later${answer.reason ? `: ${answer.reason}` : ""}`);
    throw new DispatchRefusedError(`${said}: ${answer.reason || "no reason given"}`);
  }
  await faultAt(ctx, "operator-answered");
  await recordOperatorAck(ctx, dispatchId, answer.ack);
  return { status: "delivered", externalRef: answer.ack.messageId ?? `${address}#${idempotencyKey}` };
}

/**
 * The acknowledgement on the dispatch row and its history row, in one transaction; a rerun that
 * got the same answer again (the operator deduplicated on the key) records nothing more.
 */
async function recordOperatorAck(ctx: JobContext, dispatchId: string, ack: OperatorAck): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [recorded] = await tx
      .update(dispatches)
      .set({ operatorMessageId: ack.messageId, operatorReceivedAt: ack.receivedAt, operatorResponse: ack.response })
      .where(and(eq(dispatches.id, dispatchId), isNull(dispatches.operatorReceivedAt)))
      .returning({ invoiceId: dispatches.invoiceId, requestedBy: dispatches.requestedBy });
    if (!recorded) return;
    const [invoice] = await tx
      .select({ organizationId: invoices.organizationId })
      .from(invoices)
      .where(eq(invoices.id, recorded.invoiceId));
    await writeAudit(tx, {
      at: ctx.clock(),
      actorUserId: recorded.requestedBy,
      organizationId: invoice?.organizationId ?? null,
      action: "dispatch.operator_acknowledged",
      entityType: "dispatch",
      entityId: dispatchId,
      after: { operatorMessageId: ack.messageId, operatorReceivedAt: ack.receivedAt.toISOString() },
    });
  });
}
