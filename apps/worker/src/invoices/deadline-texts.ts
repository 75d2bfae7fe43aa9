import { formatDateTime } from "@reskontra/domain";
import { formatDateFi } from "@reskontra/documents";

export interface LateInvoice {
  id: string;
  invoiceNumber: string;
  /** ISO instant */
  deadlineAt: string;
}

/** "9.11.2026 klo 15.00", Helsinki wall-clock time, as customer service reads it. */
export function formatHelsinkiInstant(iso: string): string {
  return formatDateTime(iso, "fi");
}

/** The mail to customer service; Finnish, because the desk works in Finnish. */
export function deadlineMissedMail(date: string, late: LateInvoice[], publicUrl: string): { subject: string; body: string } {
  const lines = late.map(
    (i) => `- ${i.invoiceNumber}, määräaika ${formatHelsinkiInstant(i.deadlineAt)}: ${publicUrl}/invoices/${i.id}`,
  );
  return {
    subject: `Myöhästyneet laskut ${formatDateFi(date)}: ${late.length} kpl`,
    body: [
      "Hei,",
      "",
      `klo 15.00 tarkistuksessa ${late.length} laskua oli yhä lähettämättä määräajan jälkeen:`,
      "",
      ...lines,
      "",
      "Lähetä ne tai palauta korjattaviksi mahdollisimman pian.",
      "",
      "Reskontra",
    ].join("\n"),
  };
}
