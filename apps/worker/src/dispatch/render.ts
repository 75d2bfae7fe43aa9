import { invoiceDocuments } from "@reskontra/db";
import type { LoadedInvoice } from "@reskontra/usecases/invoices";
import { buildFinvoice, finvoiceFrameOptionsFor } from "@reskontra/documents";
import type { JobContext } from "../jobs/job-context";
import type { RenderedDispatch } from "./deliver";
import type { DispatchRecord } from "./dispatch-record";
import { renderInline } from "./render-pool";

/** Renders the PDF (and the Finvoice message) and keeps them for preview; rerunning writes the same bytes. */
export async function renderAndStore(
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
  const finvoiceXml = einvoice ? buildFinvoice(loaded.document, message) : null;
  await ctx.db
    .insert(invoiceDocuments)
    .values({ dispatchId: dispatch.id, invoiceId: dispatch.invoiceId, pdf, finvoiceXml, createdAt: ctx.clock() })
    .onConflictDoUpdate({ target: invoiceDocuments.dispatchId, set: { pdf, finvoiceXml } });
  return {
    dispatchId: dispatch.id,
    channel: dispatch.channel,
    document: loaded.document,
    pdf,
    finvoiceXml,
    finvoiceFrame: einvoice ? finvoiceFrameOptionsFor(loaded.document, message) : null,
  };
}
