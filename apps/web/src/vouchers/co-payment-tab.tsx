import { Alert, Button, DateText, Field, Money, SelectField, Table } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { refusalOf, useTRPC, useTRPCClient } from "../trpc";
import { openPdf } from "./pdf";
import { EventStateBadge } from "./state-badge";
import { useVoucherText } from "./texts";
import { formatEurosFi, helsinkiToday } from "@reskontra/domain";

type Args = { organizationId: string; clientId: string };

/** The co-payment statement for a service and date range, its PDF, and invoicing the co-payments. */
export function CoPaymentTab({ args }: { args: Args }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const { v, locale } = useVoucherText();
  const units = useQuery(trpc.vouchers.provider.purchasingPowers.queryOptions(args));
  const balances = useQuery(trpc.vouchers.provider.balancePowers.queryOptions(args));
  const services = new Map([...(units.data ?? []), ...(balances.data ?? [])].map((p) => [p.serviceId, p.serviceName]));
  const today = helsinkiToday(new Date());
  const [serviceId, setServiceId] = useState("");
  const [from, setFrom] = useState(`${today.slice(0, 7)}-01`);
  const [to, setTo] = useState(today);
  const chosen = serviceId || ([...services.keys()][0] ?? "");
  const query = { ...args, serviceId: chosen, from, to };
  const statement = useQuery(trpc.vouchers.provider.coPaymentStatement.queryOptions(query, { enabled: chosen !== "" }));
  const pdf = useMutation({
    mutationFn: () => client.vouchers.provider.coPaymentStatementPdf.query(query),
    onSuccess: (r) => openPdf(r.pdfBase64),
  });
  const invoice = useMutation(
    trpc.vouchers.provider.invoiceCoPayments.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.vouchers.provider.pathFilter()),
    }),
  );
  return (
    <>
      <div className="voucher-inline">
        <SelectField
          label={v("coPayment.service")}
          value={chosen}
          onChange={(e) => setServiceId(e.target.value)}
          options={[...services].map(([id, name]) => ({ value: id, label: name }))}
        />
        <Field label={v("coPayment.from")} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <Field label={v("coPayment.to")} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      {statement.error ? <Alert>{refusalOf(statement.error)?.message}</Alert> : null}
      {statement.data ? (
        <>
          <Table
            rows={statement.data.rows}
            rowKey={(r) => r.eventId}
            empty={v("coPayment.empty")}
            columns={[
              { key: "date", header: v("col.date"), cell: (r) => <DateText date={r.date} locale={locale} /> },
              { key: "content", header: v("col.content"), cell: (r) => r.serviceContent },
              { key: "voucher", header: v("col.voucher"), cell: (r) => r.voucherNumber },
              { key: "state", header: v("col.state"), cell: (r) => <EventStateBadge state={r.state} awaitingCredit={false} /> },
              {
                key: "price",
                header: v("col.price"),
                align: "right",
                cell: (r) => <Money cents={r.priceCents} locale={locale} />,
              },
              {
                key: "value",
                header: v("col.value"),
                align: "right",
                cell: (r) => <Money cents={r.voucherValueCents} locale={locale} />,
              },
              {
                key: "copay",
                header: v("col.coPayment"),
                align: "right",
                cell: (r) => <Money cents={r.coPaymentCents} locale={locale} />,
              },
            ]}
          />
          <p className="voucher-total">
            {v("coPayment.total")}: <Money cents={statement.data.totals.priceCents} locale={locale} /> ·{" "}
            <Money cents={statement.data.totals.voucherValueCents} locale={locale} /> ·{" "}
            <strong>
              <Money cents={statement.data.totals.coPaymentCents} locale={locale} />
            </strong>
          </p>
          <div className="voucher-actions">
            <Button variant="secondary" disabled={pdf.isPending} onClick={() => pdf.mutate()}>
              {v("coPayment.pdf")}
            </Button>
            <Button disabled={invoice.isPending} onClick={() => invoice.mutate(query)}>
              {v("coPayment.invoice")}
            </Button>
          </div>
          {pdf.error ? <Alert>{refusalOf(pdf.error)?.message}</Alert> : null}
          {invoice.error ? <Alert>{refusalOf(invoice.error)?.message}</Alert> : null}
          {invoice.data ? (
            <Alert tone="success">{v("coPayment.invoiced", { amount: formatEurosFi(invoice.data.grossCents) })}</Alert>
          ) : null}
        </>
      ) : null}
    </>
  );
}
