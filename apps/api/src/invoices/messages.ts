import { invoiceMessages, writeAudit } from "@reskontra/db";
import { isAgent, type AuthedContext } from "../trpc/authed";
import { loadVisibleInvoice } from "./invoice-access";

/** A reply in the invoice's conversation, by its user or an agent. */
export async function addInvoiceMessage(ctx: AuthedContext, invoiceId: string, body: string) {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const invoice = await loadVisibleInvoice(ctx, invoiceId, { db: tx });
    const authorRole = invoice.userId === ctx.auth.user.id ? "user" : isAgent(ctx) ? "agent" : "user";
    const [row] = await tx
      .insert(invoiceMessages)
      .values({ invoiceId, authorUserId: ctx.auth.user.id, authorRole, body, createdAt: now })
      .returning();
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: invoice.organizationId,
      action: "invoice.message_added",
      entityType: "invoice",
      entityId: invoiceId,
      after: { authorRole },
      requestId: ctx.requestId,
    });
    if (!row) throw new Error("message insert returned nothing");
    return row;
  });
}
