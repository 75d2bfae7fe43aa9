import { Alert, Button, Card, DateText, DateTimeText, Money, Table } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { Link, useParams } from "wouter";
import { useInvoiceText } from "./use-invoice-text";
import { refusalOf, useTRPC } from "../trpc";
import type { InvoiceAction, InvoiceDetail } from "./api-types";
import { InvoiceStatusBadge } from "./badges";
import { CreditNoteForm } from "./credit-note-form";
import { formatQuantity, formatRate, type Totals } from "./invoice-amounts";
import { InvoiceConversation } from "./invoice-conversation";
import { InvoiceDispatches, InvoiceHistory, InvoicePayments } from "./invoice-records";
import type { InvoiceRoles } from "./invoice-roles";
import { DELIVERY_LABEL } from "./labels";
import { PaymentForm } from "./payment-form";
import { PdfPreview } from "./pdf-preview";
import { ReturnForCorrectionForm } from "./return-for-correction-form";
import { SendConfirm } from "./send-confirm";
import { TotalsTable } from "./totals-table";

type Row = InvoiceDetail["rows"][number];
type Panel = "send" | "return" | "payment" | "credit" | null;

/** The stored totals with the VAT breakdown regrouped from the stored rows (no recomputation). */
function totalsOf(detail: InvoiceDetail): Totals {
  const byRate = new Map<number, Totals["byRate"][number]>();
  for (const r of detail.rows) {
    const line = byRate.get(r.vatRateBp) ?? { vatBasisPoints: r.vatRateBp, netCents: 0, vatCents: 0, grossCents: 0 };
    line.netCents += r.netCents;
    line.vatCents += r.vatCents;
    line.grossCents += r.grossCents;
    byRate.set(r.vatRateBp, line);
  }
  const { netCents, vatCents, grossCents } = detail.invoice;
  return { netCents, vatCents, grossCents, byRate: [...byRate.values()].sort((x, y) => y.vatBasisPoints - x.vatBasisPoints) };
}

export function InvoiceDetailPage({ roles }: { roles: InvoiceRoles }) {
  const { invoiceId = "" } = useParams();
  const trpc = useTRPC();
  const { t } = useInvoiceText();
  const detail = useQuery({
    ...trpc.invoices.get.queryOptions({ invoiceId }),
    // While the worker delivers, the page follows it until the invoice shows as sent.
    refetchInterval: (query) => (query.state.data?.dispatches.some((d) => d.status === "queued") ? 2000 : false),
  });
  if (detail.error) return <Alert>{refusalOf(detail.error)?.message ?? t("inv.notFound")}</Alert>;
  if (!detail.data) return <p>{t("loading")}</p>;
  return <InvoiceDetailView detail={detail.data} roles={roles} />;
}

function InvoiceDetailView({ detail, roles }: { detail: InvoiceDetail; roles: InvoiceRoles }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useInvoiceText();
  const [panel, setPanel] = useState<Panel>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { invoice, customer, owner } = detail;
  const isOwner = invoice.userId === roles.userId;
  // The server decides what the caller may do (the invoice lifecycle's decider); the page only shows it.
  const can = (action: InvoiceAction) => detail.actions.includes(action);
  const number = invoice.invoiceNumber ?? "";
  const invalidate = () => queryClient.invalidateQueries(trpc.invoices.pathFilter());
  const submit = useMutation(
    trpc.invoices.submit.mutationOptions({
      onSuccess: async () => {
        setNotice(t("detail.submitted"));
        await invalidate();
      },
    }),
  );
  const send = useMutation(
    trpc.invoices.send.mutationOptions({
      onSuccess: async () => {
        setNotice(t("unsent.sent", { number }));
        await invalidate();
      },
    }),
  );
  const refusal = refusalOf(submit.error ?? send.error);
  const done = (message: string) => {
    setPanel(null);
    setNotice(message);
  };

  return (
    <>
      <Card
        title={
          <>
            {invoice.invoiceNumber ? t("detail.title", { number }) : t("detail.draftTitle")}{" "}
            <span data-testid="invoice-status">
              <InvoiceStatusBadge status={invoice.status} />
            </span>
          </>
        }
      >
        {isOwner && invoice.status === "needs_correction" ? <Alert tone="info">{t("detail.correctionNotice")}</Alert> : null}
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        {refusal ? <Alert>{refusal.message}</Alert> : null}
        <dl className="invoice-facts">
          {invoice.kind === "credit_note" ? (
            <>
              <dt>{t("inv.kind.credit_note")}</dt>
              <dd>✓</dd>
            </>
          ) : null}
          {detail.related.map((r) => (
            <Fragment key={r.id}>
              <dt>{t(r.kind === "credit_note" ? "detail.creditNote" : "detail.creditedInvoice")}</dt>
              <dd>
                <Link to={`/invoices/${r.id}`}>{r.invoiceNumber ?? "–"}</Link>
              </dd>
            </Fragment>
          ))}
          <dt>{t("inv.col.reference")}</dt>
          <dd>{invoice.reference ?? "–"}</dd>
          <dt>{t("inv.col.customer")}</dt>
          <dd>{customer ? `${customer.name}, ${customer.street}, ${customer.postalCode} ${customer.city}` : "–"}</dd>
          {owner && !isOwner ? (
            <>
              <dt>{t("inv.col.user")}</dt>
              <dd>{owner.userNumber ? `${owner.name} (${owner.userNumber})` : owner.name}</dd>
            </>
          ) : null}
          <dt>{t("inv.col.issueDate")}</dt>
          <dd>
            <DateText date={invoice.issueDate} locale={locale} />
          </dd>
          <dt>{t("inv.col.dueDate")}</dt>
          <dd>
            <DateText date={invoice.dueDate} locale={locale} />
          </dd>
          <dt>{t("inv.col.delivery")}</dt>
          <dd>{t(DELIVERY_LABEL[invoice.deliveryMethod])}</dd>
          {invoice.deadlineAt && (invoice.status === "submitted" || roles.isAgent) ? (
            <>
              <dt>{t("inv.col.deadline")}</dt>
              <dd>
                <DateTimeText instant={invoice.deadlineAt} locale={locale} />
              </dd>
            </>
          ) : null}
          {invoice.sentAt ? (
            <>
              <dt>{t("inv.col.sentAt")}</dt>
              <dd>
                <DateTimeText instant={invoice.sentAt} locale={locale} />
              </dd>
            </>
          ) : null}
          {invoice.paidCents !== 0 ? (
            <>
              <dt>{t("detail.paid")}</dt>
              <dd>
                <Money cents={invoice.paidCents} locale={locale} />
              </dd>
            </>
          ) : null}
          {invoice.notes ? (
            <>
              <dt>{t("form.notes")}</dt>
              <dd>{invoice.notes}</dd>
            </>
          ) : null}
        </dl>
        <div className="invoice-actions" style={{ marginTop: "1rem" }}>
          {can("edit") ? (
            <Link className="rk-button rk-button--secondary" to={`/invoices/${invoice.id}/edit`}>
              {t("common.edit")}
            </Link>
          ) : null}
          {can("submit") ? (
            <Button disabled={submit.isPending} onClick={() => submit.mutate({ invoiceId: invoice.id })}>
              {t(invoice.status === "needs_correction" ? "form.resubmit" : "detail.submit")}
            </Button>
          ) : null}
          {can("send") ? (
            <Button disabled={send.isPending} onClick={() => setPanel("send")}>
              {t("unsent.send")}
            </Button>
          ) : null}
          {can("return_for_correction") ? (
            <Button variant="secondary" onClick={() => setPanel("return")}>
              {t("unsent.return")}
            </Button>
          ) : null}
          {can("record_payment") ? <Button onClick={() => setPanel("payment")}>{t("pay.record")}</Button> : null}
          {can("credit") ? (
            <Button variant="secondary" onClick={() => setPanel("credit")}>
              {t("credit.create")}
            </Button>
          ) : null}
        </div>
      </Card>
      {panel === "send" ? (
        <SendConfirm
          invoice={{ ...invoice, customerName: customer?.name ?? "", recipient: detail.recipient }}
          busy={send.isPending}
          onCancel={() => setPanel(null)}
          onConfirm={() => {
            send.mutate({ invoiceId: invoice.id });
            setPanel(null);
          }}
        />
      ) : null}
      {panel === "return" ? (
        <ReturnForCorrectionForm invoiceId={invoice.id} invoiceNumber={number} onDone={done} onCancel={() => setPanel(null)} />
      ) : null}
      {panel === "payment" ? (
        <PaymentForm
          invoiceId={invoice.id}
          invoiceNumber={number}
          openCents={invoice.grossCents - invoice.paidCents}
          onDone={done}
          onCancel={() => setPanel(null)}
        />
      ) : null}
      {panel === "credit" ? (
        <CreditNoteForm
          invoiceId={invoice.id}
          invoiceNumber={number}
          customerName={customer?.name ?? ""}
          openCents={invoice.grossCents - invoice.paidCents}
          onDone={done}
          onCancel={() => setPanel(null)}
        />
      ) : null}
      <Card title={t("form.rows")}>
        <Table<Row>
          rows={detail.rows}
          rowKey={(r) => r.id}
          empty="–"
          columns={[
            { key: "description", header: t("form.row.description"), cell: (r) => r.description },
            {
              key: "quantity",
              header: t("form.row.quantity"),
              align: "right",
              cell: (r) => `${formatQuantity(r.quantityMilli, locale)}${r.unit ? ` ${r.unit}` : ""}`,
            },
            {
              key: "unitPrice",
              header: t("form.row.unitPrice"),
              align: "right",
              cell: (r) => <Money cents={r.unitPriceCents} locale={locale} />,
            },
            { key: "vat", header: t("form.row.vatRate"), align: "right", cell: (r) => `${formatRate(r.vatRateBp, locale)} %` },
            { key: "net", header: t("detail.net"), align: "right", cell: (r) => <Money cents={r.netCents} locale={locale} /> },
            {
              key: "gross",
              header: t("detail.gross"),
              align: "right",
              cell: (r) => <Money cents={r.grossCents} locale={locale} />,
            },
          ]}
        />
        <TotalsTable totals={totalsOf(detail)} testId="invoice-totals" />
        {/* A draft has no number or reference yet, so there is no invoice to print. */}
        {invoice.invoiceNumber ? <PdfPreview invoiceId={invoice.id} title={t("detail.pdfTitle", { number })} /> : null}
      </Card>
      <InvoiceConversation invoiceId={invoice.id} messages={detail.messages} asAgent={roles.isAgent && !isOwner} />
      <InvoiceHistory history={detail.history} />
      <InvoiceDispatches dispatches={detail.dispatches} />
      <InvoicePayments payments={detail.payments} />
    </>
  );
}
