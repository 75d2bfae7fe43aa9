import { and, eq } from "drizzle-orm";
import { invoices, type DbOrTx } from "@reskontra/db";
import { AppError } from "../errors";
import { isAgent, type AuthedContext } from "../trpc/authed";

export type InvoiceRow = typeof invoices.$inferSelect;

/**
 * The invoice if the caller may see it: its owner (a member of its organization) or an agent.
 * Anyone else gets NOT_FOUND, so ids of other tenants' invoices reveal nothing.
 */
export async function loadVisibleInvoice(
  ctx: AuthedContext,
  invoiceId: string,
  options: { db?: DbOrTx; forUpdate?: boolean; ownerOnly?: boolean } = {},
): Promise<InvoiceRow> {
  const db = options.db ?? ctx.db;
  const query = db.select().from(invoices).where(eq(invoices.id, invoiceId));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  if (!row) throw new AppError("NOT_FOUND", { field: "invoiceId" });
  if (isOwnerOf(ctx, row)) return row;
  if (!options.ownerOnly && isAgent(ctx)) return row;
  throw new AppError("NOT_FOUND", { field: "invoiceId" });
}

/** The invoice's own user, still a member of the organization it was written in. */
export function isOwnerOf(ctx: AuthedContext, row: InvoiceRow): boolean {
  return row.userId === ctx.auth.user.id && ctx.auth.memberships.some((m) => m.organizationId === row.organizationId);
}

export async function lockInvoice(db: DbOrTx, invoiceId: string): Promise<InvoiceRow> {
  const [row] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, invoiceId)))
    .for("update");
  if (!row) throw new AppError("NOT_FOUND", { field: "invoiceId" });
  return row;
}
