import { Alert, Button, Card, Table, type Column } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useInvoiceText } from "./use-invoice-text";
import { refusalOf, useTRPC } from "../trpc";
import type { InvoiceSummary } from "./api-types";
import { CreditNoteForm } from "./credit-note-form";
import { useSummaryColumns } from "./invoice-columns";
import { PaymentForm } from "./payment-form";

type Action = { kind: "payment" | "credit"; invoice: InvoiceSummary };

/** "Avoimet saatavat": sent, not fully paid invoices, oldest due date first; pay or credit them here. */
export function ReceivablesPage() {
  const trpc = useTRPC();
  const { t } = useInvoiceText();
  const [action, setAction] = useState<Action | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const receivables = useQuery(trpc.invoices.openReceivables.queryOptions());
  const base = useSummaryColumns<InvoiceSummary>([
    "number",
    "reference",
    "user",
    "customer",
    "dueDate",
    "amount",
    "open",
    "status",
  ]);
  const columns: Column<InvoiceSummary>[] = [
    ...base,
    {
      key: "actions",
      header: t("inv.col.actions"),
      cell: (i) => (
        <span className="invoice-actions">
          <Button onClick={() => setAction({ kind: "payment", invoice: i })}>{t("pay.record")}</Button>
          <Button variant="secondary" onClick={() => setAction({ kind: "credit", invoice: i })}>
            {t("credit.create")}
          </Button>
        </span>
      ),
    },
  ];
  const done = (message: string) => {
    setAction(null);
    setNotice(message);
  };
  return (
    <>
      {action?.kind === "payment" ? (
        <PaymentForm
          key={action.invoice.id}
          invoiceId={action.invoice.id}
          invoiceNumber={action.invoice.invoiceNumber ?? ""}
          openCents={action.invoice.grossCents - action.invoice.paidCents}
          onDone={done}
          onCancel={() => setAction(null)}
        />
      ) : null}
      {action?.kind === "credit" ? (
        <CreditNoteForm
          key={action.invoice.id}
          invoiceId={action.invoice.id}
          invoiceNumber={action.invoice.invoiceNumber ?? ""}
          onDone={done}
          onCancel={() => setAction(null)}
        />
      ) : null}
      <Card title={t("inv.tab.receivables")}>
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        {receivables.error ? <Alert>{refusalOf(receivables.error)?.message}</Alert> : null}
        {receivables.data ? (
          <Table<InvoiceSummary>
            rows={receivables.data}
            rowKey={(i) => i.id}
            rowTestId={(i) => `receivable-row-${i.invoiceNumber ?? i.id}`}
            columns={columns}
            empty={t("recv.empty")}
          />
        ) : (
          <p>{t("loading")}</p>
        )}
      </Card>
    </>
  );
}
