import { dispatchInvoice, sendMail } from "@reskontra/jobs";
import { createTranslator } from "@reskontra/i18n";
import { eq } from "drizzle-orm";
import { customers, dispatches, invoiceMessages, invoices, notifications, outgoingMails, users, writeAudit } from "@reskontra/db";
import { AppError } from "../errors";
import type { AuthedContext } from "../trpc/authed";
import { lockInvoice } from "./invoice-access";
import { decideOrThrow, invoiceStateOf, liveDispatchOf } from "./invoice-lifecycle";
import { invoiceMailMessages } from "./mail-messages";

/**
 * An agent's "send": the dispatch row and its audit commit together; the job is enqueued after
 * commit. Should the process die in between, the worker's outbox sweep enqueues it, so nothing is lost.
 */
export async function sendInvoice(ctx: AuthedContext, invoiceId: string) {
  const now = ctx.clock();
  const dispatch = await ctx.db.transaction(async (tx) => {
    const invoice = await lockInvoice(tx, invoiceId);
    decideOrThrow(invoiceStateOf(invoice, Boolean(await liveDispatchOf(tx, invoiceId))), { type: "send" }, now);
    // After a failed or uncertain delivery an agent may send again; each attempt has its own key.
    const attempt =
      (await tx.select({ id: dispatches.id }).from(dispatches).where(eq(dispatches.invoiceId, invoiceId))).length + 1;
    const [row] = await tx
      .insert(dispatches)
      .values({
        invoiceId,
        documentKind: invoice.kind,
        channel: invoice.deliveryMethod,
        idempotencyKey: `invoice:${invoiceId}:send:${attempt}`,
        requestedBy: ctx.auth.user.id,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError("INVOICE_ALREADY_QUEUED");
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: invoice.organizationId,
      action: "invoice.dispatch_requested",
      entityType: "invoice",
      entityId: invoiceId,
      after: { channel: row.channel, dispatchId: row.id },
      requestId: ctx.requestId,
    });
    return row;
  });
  await ctx.jobs.send(dispatchInvoice, { dispatchId: dispatch.id }, { singletonKey: dispatch.id });
  return dispatch;
}

/**
 * The agent returns a submitted invoice to its user with a question; the conversation stays on the
 * invoice, and the user is told in the app and by e-mail with the questions and a link to the invoice
 * (through the mail outbox, keyed by the message, so the mail goes once however often its job runs).
 */
export async function returnForCorrection(ctx: AuthedContext, invoiceId: string, message: string) {
  const now = ctx.clock();
  const mailId = await ctx.db.transaction(async (tx) => {
    const invoice = await lockInvoice(tx, invoiceId);
    // Once handed to the worker it is on its way: pulling it back now could race the delivery.
    const live = Boolean(await liveDispatchOf(tx, invoiceId));
    const { state } = decideOrThrow(invoiceStateOf(invoice, live), { type: "return_for_correction" }, now);
    await tx.update(invoices).set({ status: state.status, updatedAt: now }).where(eq(invoices.id, invoiceId));
    const [question] = await tx
      .insert(invoiceMessages)
      .values({ invoiceId, authorUserId: ctx.auth.user.id, authorRole: "agent", body: message, createdAt: now })
      .returning({ id: invoiceMessages.id });
    await tx.insert(notifications).values({
      userId: invoice.userId,
      kind: "invoice_returned",
      invoiceId,
      params: { invoiceNumber: invoice.invoiceNumber ?? "" },
      createdAt: now,
    });
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: invoice.organizationId,
      action: "invoice.returned_for_correction",
      entityType: "invoice",
      entityId: invoiceId,
      before: { status: invoice.status },
      after: { status: state.status, message },
      requestId: ctx.requestId,
    });
    if (!question) throw new Error("invoice message insert returned nothing");
    const [owner] = await tx
      .select({ email: users.email, name: users.name, locale: users.locale, buyer: customers.name })
      .from(users)
      .innerJoin(customers, eq(customers.id, invoice.customerId))
      .where(eq(users.id, invoice.userId));
    if (!owner) return null;
    const t = createTranslator(invoiceMailMessages, owner.locale === "en" ? "en" : "fi");
    const params = {
      number: invoice.invoiceNumber ?? "",
      owner: owner.name,
      buyer: owner.buyer,
      questions: message.trim(),
      link: `${ctx.publicUrl ?? "http://localhost:3000"}/invoices/${invoiceId}`,
    };
    const [mail] = await tx
      .insert(outgoingMails)
      .values({
        idempotencyKey: `invoice-returned:${question.id}`,
        toAddress: owner.email,
        subject: t("returnedSubject", params),
        body: t("returnedBody", params),
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: outgoingMails.id });
    return mail?.id ?? null;
  });
  // After commit: a failed enqueue is picked up by the outbox sweep, so it is logged, not raised.
  if (mailId) {
    await ctx.jobs
      .send(sendMail, { mailId }, { singletonKey: mailId })
      .catch((error: unknown) => ctx.logger.warn({ err: error, mailId }, "return mail left for the outbox sweep"));
  }
  return { ok: true as const };
}
