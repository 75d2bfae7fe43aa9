import { type Column, DateText, Money } from "@reskontra/ui";
import { Link } from "wouter";
import { useInvoiceText } from "./use-invoice-text";
import type { InvoiceSummary } from "./api-types";
import { InvoiceStatusBadge } from "./badges";
import { DELIVERY_LABEL } from "./labels";

export type SummaryColumnKey =
  "number" | "reference" | "customer" | "user" | "issueDate" | "dueDate" | "delivery" | "amount" | "open" | "status";

/** The columns the invoice lists share, picked by key so each screen shows only what it needs. */
export function useSummaryColumns<Row extends InvoiceSummary>(keys: SummaryColumnKey[]): Column<Row>[] {
  const { t, locale } = useInvoiceText();
  const all: Record<SummaryColumnKey, Column<Row>> = {
    number: {
      key: "number",
      header: t("inv.col.number"),
      cell: (i) => (
        <Link to={`/invoices/${i.id}`}>
          {i.invoiceNumber ?? t("inv.draftNumber")}
          {i.kind === "credit_note" ? ` (${t("inv.kind.credit_note")})` : ""}
        </Link>
      ),
    },
    reference: { key: "reference", header: t("inv.col.reference"), cell: (i) => i.reference ?? "" },
    customer: { key: "customer", header: t("inv.col.customer"), cell: (i) => i.customerName },
    user: {
      key: "user",
      header: t("inv.col.user"),
      cell: (i) => (i.userNumber ? `${i.userName} (${i.userNumber})` : i.userName),
    },
    issueDate: { key: "issueDate", header: t("inv.col.issueDate"), cell: (i) => <DateText date={i.issueDate} locale={locale} /> },
    dueDate: { key: "dueDate", header: t("inv.col.dueDate"), cell: (i) => <DateText date={i.dueDate} locale={locale} /> },
    delivery: { key: "delivery", header: t("inv.col.delivery"), cell: (i) => t(DELIVERY_LABEL[i.deliveryMethod]) },
    amount: {
      key: "amount",
      header: t("inv.col.amount"),
      align: "right",
      cell: (i) => <Money cents={i.grossCents} locale={locale} />,
    },
    open: {
      key: "open",
      header: t("inv.col.open"),
      align: "right",
      cell: (i) => <Money cents={i.grossCents - i.paidCents} locale={locale} />,
    },
    status: { key: "status", header: t("inv.col.status"), cell: (i) => <InvoiceStatusBadge status={i.status} /> },
  };
  return keys.map((k) => all[k]);
}
