import { epcQrPayload, virtualBarcodeIfItFits } from "@reskontra/domain";
import type { InvoiceDocument, InvoiceDocumentSeller } from "@reskontra/documents";

/**
 * The bank barcode and EPC QR payload of a document that asks for payment. An amount of
 * 1 000 000 € or more does not fit the barcode's amount field: the document then has no
 * barcode, while the QR code (up to 999 999 999,99 €) carries the amount. The QR code also
 * carries the due date, in the Finnish banks' form (ReqdExctnDt/YYYY-MM-DD).
 */
export function paymentCodes(input: {
  seller: InvoiceDocumentSeller;
  amountCents: number;
  reference: string;
  dueDate: string;
}): Pick<InvoiceDocument, "virtualBarcode" | "epcQrPayload"> {
  const { seller, amountCents, reference, dueDate } = input;
  return {
    virtualBarcode: virtualBarcodeIfItFits({ iban: seller.iban, amountCents, reference, dueDate }),
    epcQrPayload: epcQrPayload({
      name: seller.name.slice(0, 70),
      iban: seller.iban,
      bic: seller.bic,
      amountCents: amountCents > 0 ? amountCents : undefined,
      reference,
      dueDate,
    }),
  };
}
