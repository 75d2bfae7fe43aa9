import { formatDateTime } from "@reskontra/domain";
import { formatDateFi } from "@reskontra/documents";
import { createTranslator } from "@reskontra/i18n";
import { deadlineMailMessages } from "./messages";

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
  const t = createTranslator(deadlineMailMessages, "fi");
  const lines = late.map((i) =>
    t("line", {
      number: i.invoiceNumber,
      deadline: formatHelsinkiInstant(i.deadlineAt),
      link: `${publicUrl}/invoices/${i.id}`,
    }),
  );
  const params = { date: formatDateFi(date), count: late.length, lines: lines.join("\n") };
  return { subject: t("subject", params), body: t("body", params) };
}
