import { renderInvoicePdf } from "@reskontra/documents";
import { loadInvoiceDocument } from "@reskontra/usecases/invoices";
import { desc, eq } from "drizzle-orm";
import { invoiceDocuments } from "@reskontra/db";
import { AppError } from "../errors";
import type { AuthedContext } from "../trpc/authed";
import { loadVisibleInvoice } from "./invoice-access";

/**
 * The PDF as it went out when it has been dispatched, otherwise rendered now from the submitted data.
 * Base64 over tRPC keeps the one auth path; invoice PDFs are tens of kilobytes.
 */
export async function invoicePdf(ctx: AuthedContext, invoiceId: string) {
  const invoice = await loadVisibleInvoice(ctx, invoiceId);
  if (!invoice.invoiceNumber) throw new AppError("INVOICE_NOT_SUBMITTED", { field: "invoiceId" });
  const [stored] = await ctx.db
    .select({ pdf: invoiceDocuments.pdf })
    .from(invoiceDocuments)
    .where(eq(invoiceDocuments.invoiceId, invoiceId))
    .orderBy(desc(invoiceDocuments.createdAt))
    .limit(1);
  const pdf = stored?.pdf ?? (await renderInvoicePdf(await loadInvoiceDocument(ctx, { invoiceId })));
  return { filename: `lasku-${invoice.invoiceNumber}.pdf`, base64: Buffer.from(pdf).toString("base64") };
}
