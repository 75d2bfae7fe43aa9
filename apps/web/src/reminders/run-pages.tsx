import { Alert, Button, Card, DateText, Money, StatusBadge, Table } from "@reskontra/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { InterestCell, MissingRatePolicy } from "./interest-cell";
import { Link } from "wouter";
import { refusalOf, useTRPC } from "../trpc";
import type { DryRunItem, Monthly } from "./api-types";
import { CustomerPicker } from "./customer-picker";
import { monthText } from "./month-text";
import { outcomeText } from "./outcome-text";
import { useReminderText } from "./texts";

function Outcome({ item }: { item: DryRunItem }) {
  const { locale } = useReminderText();
  const text = outcomeText(locale, item);
  return <StatusBadge tone={item.outcome === "send" ? "success" : "neutral"}>{text}</StatusBadge>;
}

/** "What would be sent today", with "run now" for the admin (the same job the daily schedule runs). */
export function DryRunPage({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const { rt, locale } = useReminderText();
  const items = useQuery(trpc.reminders.dryRun.queryOptions({ organizationId }));
  const runNow = useMutation(trpc.reminders.runNow.mutationOptions());
  return (
    <Card
      title={rt("tab.dryRun")}
      actions={
        <Button disabled={runNow.isPending} onClick={() => runNow.mutate({ organizationId })}>
          {rt("dry.runNow")}
        </Button>
      }
    >
      <p>{rt("dry.hint")}</p>
      <MissingRatePolicy organizationId={organizationId} />
      {runNow.isSuccess ? <Alert tone="success">{rt("dry.queued")}</Alert> : null}
      {runNow.error ? <Alert>{refusalOf(runNow.error)?.message}</Alert> : null}
      {items.data ? (
        <Table<DryRunItem>
          rows={items.data}
          rowKey={(i) => i.invoiceId}
          rowTestId={(i) => `dry-${i.invoiceNumber ?? i.invoiceId}`}
          empty={rt("dry.empty")}
          columns={[
            {
              key: "invoice",
              header: rt("dry.invoice"),
              cell: (i) => <Link to={`/invoices/${i.invoiceId}`}>{i.invoiceNumber}</Link>,
            },
            { key: "customer", header: rt("dry.customer"), cell: (i) => i.customerName },
            { key: "due", header: rt("dry.due"), cell: (i) => <DateText date={i.dueDate} locale={locale} /> },
            { key: "open", header: rt("dry.open"), align: "right", cell: (i) => <Money cents={i.openCents} locale={locale} /> },
            { key: "rule", header: rt("dry.rule"), cell: (i) => i.ruleName ?? "–" },
            { key: "outcome", header: rt("dry.outcome"), cell: (i) => <Outcome item={i} /> },
            {
              key: "fee",
              header: rt("dry.fee"),
              align: "right",
              cell: (i) => (i.feeCents === null ? "" : <Money cents={i.feeCents} locale={locale} />),
            },
            {
              key: "interest",
              header: rt("dry.interest"),
              align: "right",
              cell: (i) => <InterestCell item={i} />,
            },
            {
              key: "compensation",
              header: rt("dry.compensation"),
              align: "right",
              cell: (i) => (i.compensationCents ? <Money cents={i.compensationCents} locale={locale} /> : ""),
            },
            { key: "channel", header: rt("dry.channel"), cell: (i) => (i.channel ? rt(`channel.${i.channel}`) : "") },
            {
              key: "newDue",
              header: rt("dry.newDue"),
              cell: (i) => (i.newDueDate ? <DateText date={i.newDueDate} locale={locale} /> : ""),
            },
          ]}
        />
      ) : (
        <p>{rt("loading")}</p>
      )}
    </Card>
  );
}

export function BlockedPage({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const { rt } = useReminderText();
  const blocked = useQuery(trpc.reminders.blockedCustomers.queryOptions({ organizationId }));
  return (
    <Card title={rt("tab.blocked")}>
      <p>{rt("blocked.hint")}</p>
      {blocked.data ? (
        <CustomerPicker organizationId={organizationId} customers={blocked.data} moveLabel="blocked.addTo" />
      ) : (
        <p>{rt("loading")}</p>
      )}
    </Card>
  );
}

export function MonthlyPage({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const { rt, locale } = useReminderText();
  const months = useQuery(trpc.reminders.monthly.queryOptions({ organizationId }));
  return (
    <Card title={rt("tab.monthly")}>
      {months.data ? (
        <Table<Monthly>
          rows={months.data}
          rowKey={(m) => m.month}
          empty={rt("monthly.empty")}
          columns={[
            { key: "month", header: rt("monthly.month"), cell: (m) => monthText(locale, m.month) },
            { key: "sent", header: rt("monthly.sent"), align: "right", cell: (m) => m.sentCount },
            {
              key: "fees",
              header: rt("monthly.fees"),
              align: "right",
              cell: (m) => <Money cents={m.feeCents} locale={locale} />,
            },
            {
              key: "interest",
              header: rt("monthly.interest"),
              align: "right",
              cell: (m) => <Money cents={m.interestCents} locale={locale} />,
            },
            {
              key: "tx",
              header: rt("monthly.transactionFees"),
              align: "right",
              cell: (m) => <Money cents={m.transactionFeeCents} locale={locale} />,
            },
          ]}
        />
      ) : (
        <p>{rt("loading")}</p>
      )}
    </Card>
  );
}
