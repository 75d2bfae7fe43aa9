import { Card, DateText, Money, StatusBadge, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { InterestCell, MissingRatePolicy } from "./interest-cell";
import { Link, useSearchParams } from "wouter";
import { matchesParam } from "../shell/list-filters";
import { useTRPC } from "../trpc";
import type { DryRunItem, Monthly } from "./api-types";
import { CustomerPicker } from "./customer-picker";
import { monthText } from "./month-text";
import { outcomeText } from "./outcome-text";
import { RunNow } from "./run-confirm";
import { useReminderText } from "./texts";

function Outcome({ item }: { item: DryRunItem }) {
  const { locale } = useReminderText();
  const text = outcomeText(locale, item);
  return <StatusBadge tone={item.outcome === "send" ? "success" : "neutral"}>{text}</StatusBadge>;
}

// The chart (visx) loads with the monthly page only, never with the first screen.
const MonthlyChart = lazy(() => import("./monthly-chart").then((m) => ({ default: m.MonthlyChart })));

/**
 * "What would be sent today", with "run now" for the admin (the same job the daily schedule runs),
 * which first shows what it would send and what it costs, then the run's progress.
 */
export function DryRunPage({ organizationId, feeCents }: { organizationId: string; feeCents: number }) {
  const trpc = useTRPC();
  const { rt, locale } = useReminderText();
  const items = useQuery(trpc.reminders.dryRun.queryOptions({ organizationId }));
  const [params] = useSearchParams();
  return (
    <Card title={rt("tab.dryRun")}>
      <p>{rt("dry.hint")}</p>
      <MissingRatePolicy organizationId={organizationId} />
      <RunNow organizationId={organizationId} feeCents={feeCents} />
      {items.data ? (
        <Table<DryRunItem>
          rows={items.data.filter((i) => matchesParam(i.outcome, params.get("outcome")))}
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
        <CustomerPicker organizationId={organizationId} customers={blocked.data} excludeRuleId="" moveLabel="blocked.addTo" />
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
      <Suspense fallback={<p role="status">{rt("loading")}</p>}>
        <MonthlyChart organizationId={organizationId} />
      </Suspense>
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

/** Every customer of the company with its rule, for the mass actions: move to a rule or out of the automation. */
export function CustomersPage({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const { rt } = useReminderText();
  const customers = useQuery(trpc.reminders.customers.queryOptions({ organizationId }));
  return (
    <Card title={rt("tab.customers")}>
      <p>{rt("customers.hint")}</p>
      {customers.data ? (
        <CustomerPicker organizationId={organizationId} customers={customers.data} moveLabel="customers.moveTo" showRule />
      ) : (
        <p>{rt("loading")}</p>
      )}
    </Card>
  );
}
