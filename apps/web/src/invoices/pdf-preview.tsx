import { Alert, Button } from "@reskontra/ui";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useInvoiceText } from "./use-invoice-text";
import { refusalOf, useTRPCClient } from "../trpc";

/** base64 → Blob: its object URL opens in a new tab, where Chromium blocks top-level data: URLs. */
function pdfBlob(base64: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: "application/pdf" });
}

/** Renders the invoice as PDF on the server and shows it inline, with a link to open it in its own tab. */
export function PdfPreview({ invoiceId, title }: { invoiceId: string; title: string }) {
  const client = useTRPCClient();
  const { t } = useInvoiceText();
  const [pdf, setPdf] = useState<{ url: string; filename: string } | null>(null);
  const render = useMutation({
    // Fetched on demand, not cached: a PDF is large and the button is pressed rarely.
    mutationFn: () => client.invoices.pdf.query({ invoiceId }),
    onSuccess: ({ filename, base64 }) => setPdf({ url: URL.createObjectURL(pdfBlob(base64)), filename }),
  });
  // The object URL holds the whole PDF in memory until revoked.
  useEffect(() => () => (pdf ? URL.revokeObjectURL(pdf.url) : undefined), [pdf]);

  if (!pdf) {
    return (
      <>
        {render.error ? <Alert>{refusalOf(render.error)?.message}</Alert> : null}
        <Button variant="secondary" disabled={render.isPending} onClick={() => render.mutate()}>
          {render.isPending ? t("detail.pdfBusy") : t("detail.pdf")}
        </Button>
      </>
    );
  }
  return (
    <div>
      <div className="invoice-actions">
        <a href={pdf.url} target="_blank" rel="noreferrer">
          {t("detail.pdfOpen")}
        </a>
        <a href={pdf.url} download={pdf.filename}>
          {pdf.filename}
        </a>
        <Button variant="secondary" onClick={() => setPdf(null)}>
          {t("common.close")}
        </Button>
      </div>
      <iframe className="invoice-pdf" title={title} src={pdf.url} data-testid="invoice-pdf" />
    </div>
  );
}
