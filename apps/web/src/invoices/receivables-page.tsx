import { Alert, Button, Card, Field, SelectField, Table, type Column } from "@reskontra/ui";
import { AGEING_BUCKETS, formatDate, isAgeingBucket } from "@reskontra/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useInvoiceText } from "./use-invoice-text";
import { refusalOf, useTRPC } from "../trpc";
import type { AgedReceivable, AgeingFilters } from "./api-types";
import { AgeingSummary } from "./ageing-summary";
import { CreditNoteForm } from "./credit-note-form";
import { useSummaryColumns } from "./invoice-columns";
import { DELIVERY_LABEL, DELIVERY_METHODS } from "./labels";
import { PaymentForm } from "./payment-form";

type Action = { kind: "payment" | "credit"; invoice: AgedReceivable };

/**
 * "Avoimet saatavat": sent, not fully paid invoices, oldest due date first, with days overdue and
 * totals per ageing bucket on the business date; filter by bucket, customer and delivery method;
 * pay or credit them here.
 */
export function ReceivablesPage() {
  const trpc = useTRPC();
  const { t, locale } = useInvoiceText();
  const [action, setAction] = useState<Action | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [filters, setFilters] = useState<AgeingFilters>({});
  const receivables = useQuery({
    ...trpc.invoices.receivablesAgeing.queryOptions(filters),
    // Typing a customer's name keeps the list on screen while the next answer comes.
    placeholderData: keepPreviousData,
  });
  const setFilter = (next: Partial<AgeingFilters>) => setFilters((f) => ({ ...f, ...next }));
  const base = useSummaryColumns<AgedReceivable>([
    "number",
    "reference",
    "user",
    "customer",
    "dueDate",
    "amount",
    "open",
    "status",
  ]);
  const columns: Column<AgedReceivable>[] = [
    ...base.slice(0, 5),
    { key: "daysOverdue", header: t("inv.col.daysOverdue"), align: "right", cell: (i) => i.daysOverdue },
    { key: "bucket", header: t("ageing.col.bucket"), cell: (i) => t(`ageing.bucket.${i.bucket}`) },
    ...base.slice(5),
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
          customerName={action.invoice.customerName}
          openCents={action.invoice.openCents}
          onDone={done}
          onCancel={() => setAction(null)}
        />
      ) : null}
      <Card title={t("inv.tab.receivables")}>
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        <form className="invoice-filters" role="search" aria-label={t("filter.title")} onSubmit={(e) => e.preventDefault()}>
          <SelectField
            label={t("filter.bucket")}
            value={filters.bucket ?? ""}
            onChange={(e) => setFilter({ bucket: isAgeingBucket(e.target.value) ? e.target.value : undefined })}
            options={[
              { value: "", label: t("filter.all") },
              ...AGEING_BUCKETS.map((b) => ({ value: b, label: t(`ageing.bucket.${b}`) })),
            ]}
          />
          <Field
            label={t("filter.customer")}
            type="search"
            value={filters.customer ?? ""}
            onChange={(e) => setFilter({ customer: e.target.value || undefined })}
          />
          <SelectField
            label={t("filter.delivery")}
            value={filters.deliveryMethod ?? ""}
            onChange={(e) => setFilter({ deliveryMethod: DELIVERY_METHODS.find((m) => m === e.target.value) })}
            options={[
              { value: "", label: t("filter.all") },
              ...DELIVERY_METHODS.map((m) => ({ value: m, label: t(DELIVERY_LABEL[m]) })),
            ]}
          />
          <Button variant="secondary" onClick={() => setFilters({})}>
            {t("filter.clear")}
          </Button>
        </form>
        {receivables.error ? <Alert>{refusalOf(receivables.error)?.message}</Alert> : null}
        {receivables.data ? (
          <>
            <h3>{t("ageing.title")}</h3>
            <p className="rk-hint">{t("ageing.asOf", { date: formatDate(receivables.data.today, locale) })}</p>
            <AgeingSummary ageing={receivables.data} onBucket={(bucket) => setFilter({ bucket })} />
          </>
        ) : null}
        {receivables.data ? (
          <Table<AgedReceivable>
            rows={receivables.data.rows}
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
