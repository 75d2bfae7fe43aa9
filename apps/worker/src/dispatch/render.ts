import { invoiceDocuments } from "@reskontra/db";
import type { LoadedInvoice } from "@reskontra/usecases/invoices";
import { buildFinvoice, finvoiceFrameOptionsFor } from "@reskontra/documents";
import { sql } from "drizzle-orm";
import type { JobContext } from "../jobs/job-context";
import type { RenderedDispatch } from "./deliver";
import type { DispatchRecord } from "./dispatch-record";
import { renderInline } from "./render-pool";

/** Renders the PDF (and the Finvoice message); rerunning produces the same bytes. */
export async function renderDispatch(
  ctx: JobContext,
  dispatch: DispatchRecord,
  loaded: LoadedInvoice,
): Promise<RenderedDispatch> {
  const pdf = await (ctx.renderPdf ?? renderInline)(loaded.document);
  const einvoice = dispatch.channel === "einvoice";
  // Derived from the dispatch, so a rerun produces the very same message.
  const message = {
    messageIdentifier: `RESKONTRA-${dispatch.id}`,
    timestamp: dispatch.createdAt.toISOString().replace(/\.\d{3}Z$/, "Z"),
  };
  return {
    dispatchId: dispatch.id,
    invoiceId: dispatch.invoiceId,
    channel: dispatch.channel,
    document: loaded.document,
    pdf,
    finvoiceXml: einvoice ? buildFinvoice(loaded.document, message) : null,
    finvoiceFrame: einvoice ? finvoiceFrameOptionsFor(loaded.document, message) : null,
  };
}

/** Keeps the rendered documents for preview, all in one statement; a rerun overwrites them with the same bytes. */
export async function storeRendered(ctx: JobContext, rendered: readonly RenderedDispatch[]): Promise<void> {
  if (rendered.length === 0) return;
  const createdAt = ctx.clock();
  await ctx.db
    .insert(invoiceDocuments)
    .values(
      rendered.map((r) => ({
        dispatchId: r.dispatchId,
        invoiceId: r.invoiceId,
        pdf: r.pdf,
        finvoiceXml: r.finvoiceXml,
        createdAt,
      })),
    )
    .onConflictDoUpdate({
      target: invoiceDocuments.dispatchId,
      set: { pdf: sql`excluded.pdf`, finvoiceXml: sql`excluded.finvoice_xml` },
    });
}
