import { Alert, Button, Card, DateText, DateTimeText, Field, Money, Table } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { refusalOf, useTRPC, useTRPCClient } from "../trpc";
import { openPdf } from "./pdf";
import { useVoucherText } from "./texts";
import { formatPeriod, helsinkiToday } from "@reskontra/domain";

function previousMonth(today: string): string {
  const [y = 0, m = 1] = today.split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** Settlement runs: run a month (idempotent), each provider's line with its statement PDF, and recording the payment. */
export function SettlementsPage({ organizerId }: { organizerId: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const { v, locale } = useVoucherText();
  const args = { organizationId: organizerId };
  const settings = useQuery(trpc.vouchers.organizer.settings.queryOptions(args));
  const settlements = useQuery(trpc.vouchers.organizer.settlements.queryOptions(args));
  const reports = useQuery(trpc.vouchers.organizer.errorReports.queryOptions(args));
  const [period, setPeriod] = useState(previousMonth(helsinkiToday(new Date())));
  const [paidOn, setPaidOn] = useState(helsinkiToday(new Date()));
  const refresh = () => queryClient.invalidateQueries(trpc.vouchers.organizer.pathFilter());
  const run = useMutation(trpc.vouchers.organizer.runSettlement.mutationOptions({ onSuccess: refresh }));
  const pay = useMutation(trpc.vouchers.organizer.recordPayment.mutationOptions({ onSuccess: refresh }));
  const close = useMutation(trpc.vouchers.organizer.closeErrorReport.mutationOptions({ onSuccess: refresh }));
  const pdf = useMutation({
    mutationFn: (lineId: string) => client.vouchers.organizer.statementPdf.query({ ...args, lineId }),
    onSuccess: (r) => openPdf(r.pdfBase64),
  });
  // A refusal about the month or the payment date stands at its field; anything else above the list.
  const periodError = refusalOf(run.error)?.fieldErrors.period?.[0];
  const paidOnError = refusalOf(pay.error)?.fieldErrors.paidOn?.[0];
  const error =
    (periodError ? null : run.error) ?? (paidOnError ? null : pay.error) ?? pdf.error ?? settlements.error ?? close.error;
  const today = helsinkiToday(new Date());
  return (
    <>
      <Card title={v("settle.title")}>
        {settings.data ? (
          <p className="rk-hint">
            {v("settle.day", { day: settings.data.settlementDay, auto: settings.data.autoApprove ? v("yes") : v("no") })}
          </p>
        ) : null}
        <form
          className="voucher-inline"
          onSubmit={(e) => {
            e.preventDefault();
            run.mutate({ ...args, period });
          }}
        >
          <Field
            label={v("settle.period")}
            type="month"
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
            required
            error={periodError}
          />
          <Button type="submit" disabled={run.isPending}>
            {v("settle.run")}
          </Button>
        </form>
        {run.data ? (
          <Alert tone="success">
            {v(run.data.created ? "settle.done" : "settle.already", { period: formatPeriod(run.data.period, locale) })}
          </Alert>
        ) : null}
        {error ? <Alert>{refusalOf(error)?.message}</Alert> : null}
        <Field
          label={v("settle.paidOn")}
          type="date"
          value={paidOn}
          max={today}
          onChange={(e) => setPaidOn(e.target.value)}
          error={paidOnError}
        />
        {(settlements.data ?? []).length === 0 ? <p className="rk-empty">{v("settle.empty")}</p> : null}
        {(settlements.data ?? []).map((s) => (
          <section key={s.id} data-testid={`settlement-${s.period}`}>
            <h3>
              {formatPeriod(s.period, locale)} · <DateTimeText instant={s.runAt} locale={locale} /> ·{" "}
              {s.automatic ? v("settle.automatic") : v("settle.manual")}
            </h3>
            <Table
              rows={s.lines}
              rowKey={(l) => l.id}
              rowTestId={(l) => `line-${l.providerName}`}
              empty={v("settle.empty")}
              columns={[
                { key: "provider", header: v("col.provider"), cell: (l) => l.providerName },
                { key: "events", header: v("col.events"), align: "right", cell: (l) => l.eventCount },
                {
                  key: "approved",
                  header: v("col.approved"),
                  align: "right",
                  cell: (l) => <Money cents={l.approvedCents} locale={locale} />,
                },
                {
                  key: "credits",
                  header: v("col.credits"),
                  align: "right",
                  cell: (l) => <Money cents={-l.creditCents} locale={locale} />,
                },
                {
                  key: "carriedIn",
                  header: v("col.carriedIn"),
                  align: "right",
                  cell: (l) => <Money cents={-l.carriedInCents} locale={locale} />,
                },
                {
                  key: "payable",
                  header: v("col.payable"),
                  align: "right",
                  cell: (l) => (
                    <strong data-testid="payable">
                      <Money cents={l.payableCents} locale={locale} />
                    </strong>
                  ),
                },
                {
                  key: "carriedOut",
                  header: v("col.carriedOut"),
                  align: "right",
                  cell: (l) => <Money cents={l.carriedOutCents} locale={locale} />,
                },
                {
                  key: "actions",
                  header: v("col.actions"),
                  cell: (l) => (
                    <div className="voucher-actions">
                      <Button variant="secondary" onClick={() => pdf.mutate(l.id)}>
                        {v("settle.pdf")}
                      </Button>
                      {l.paidOn ? (
                        <span>
                          {v("col.paidOn")} <DateText date={l.paidOn} locale={locale} />
                        </span>
                      ) : (
                        <Button disabled={pay.isPending} onClick={() => pay.mutate({ ...args, lineId: l.id, paidOn })}>
                          {v("settle.pay")}
                        </Button>
                      )}
                    </div>
                  ),
                },
              ]}
            />
          </section>
        ))}
      </Card>
      <Card title={v("errorReports.title")}>
        <Table
          rows={reports.data ?? []}
          rowKey={(r) => r.id}
          empty="–"
          columns={[
            { key: "at", header: v("col.date"), cell: (r) => <DateTimeText instant={r.createdAt} locale={locale} /> },
            { key: "provider", header: v("col.provider"), cell: (r) => r.providerName },
            { key: "message", header: v("col.content"), cell: (r) => r.message },
            {
              key: "close",
              header: v("col.actions"),
              cell: (r) => (
                <Button variant="secondary" onClick={() => close.mutate({ ...args, reportId: r.id })}>
                  {v("errorReports.close")}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
