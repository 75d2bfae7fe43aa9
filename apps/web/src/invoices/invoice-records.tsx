import { Card, DateText, DateTimeText, Money, Table } from "@reskontra/ui";
import { useInvoiceText } from "./use-invoice-text";
import type { InvoiceDetail } from "./api-types";
import { dispatchProblemText } from "./dispatch-problem";
import { actionLabel, DELIVERY_LABEL, DISPATCH_STATUS_LABEL } from "./labels";
import { operatorAckText } from "./operator-ack";

type HistoryEntry = InvoiceDetail["history"][number];
type Dispatch = InvoiceDetail["dispatches"][number];
type Payment = InvoiceDetail["payments"][number];

/** Every audited step of the invoice: what happened, who did it (or the system), and when. */
export function InvoiceHistory({ history }: { history: HistoryEntry[] }) {
  const { t, locale } = useInvoiceText();
  return (
    <Card title={t("hist.title")}>
      <Table<HistoryEntry>
        rows={history}
        rowKey={(h) => String(h.id)}
        empty={t("hist.empty")}
        columns={[
          { key: "when", header: t("hist.when"), cell: (h) => <DateTimeText instant={h.at} locale={locale} /> },
          { key: "action", header: t("hist.action"), cell: (h) => actionLabel(h.action, t) },
          { key: "who", header: t("hist.who"), cell: (h) => h.actorName ?? t("hist.system") },
        ]}
      />
    </Card>
  );
}

export function InvoiceDispatches({ dispatches }: { dispatches: Dispatch[] }) {
  const { t, locale } = useInvoiceText();
  return (
    <Card title={t("disp.title")}>
      <Table<Dispatch>
        rows={dispatches}
        rowKey={(d) => d.id}
        empty={t("disp.empty")}
        columns={[
          { key: "channel", header: t("disp.channel"), cell: (d) => t(DELIVERY_LABEL[d.channel]) },
          {
            key: "status",
            header: t("disp.status"),
            cell: (d) => (
              <>
                {t(DISPATCH_STATUS_LABEL[d.status])}
                {d.operatorAck && <div className="rk-hint">{operatorAckText(d.operatorAck, t, locale)}</div>}
              </>
            ),
          },
          { key: "requested", header: t("disp.requested"), cell: (d) => <DateTimeText instant={d.createdAt} locale={locale} /> },
          {
            key: "sent",
            header: t("disp.sentAt"),
            cell: (d) => (d.sentAt ? <DateTimeText instant={d.sentAt} locale={locale} /> : "–"),
          },
          { key: "error", header: t("disp.error"), cell: (d) => dispatchProblemText(d, t, locale) },
        ]}
      />
    </Card>
  );
}

export function InvoicePayments({ payments }: { payments: Payment[] }) {
  const { t, locale } = useInvoiceText();
  return (
    <Card title={t("pay.title")}>
      <Table<Payment>
        rows={payments}
        rowKey={(p) => p.id}
        empty={t("pay.empty")}
        columns={[
          { key: "paidOn", header: t("pay.paidOnCol"), cell: (p) => <DateText date={p.paidOn} locale={locale} /> },
          {
            key: "amount",
            header: t("pay.amountCol"),
            align: "right",
            cell: (p) => <Money cents={p.amountCents} locale={locale} />,
          },
          { key: "recorded", header: t("pay.recordedCol"), cell: (p) => <DateTimeText instant={p.createdAt} locale={locale} /> },
        ]}
      />
    </Card>
  );
}
