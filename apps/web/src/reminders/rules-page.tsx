import { Card, Money, StatusBadge, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { useTRPC } from "../trpc";
import type { Rule } from "./api-types";
import { useReminderText } from "./texts";

export function RulesPage({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const { rt, locale } = useReminderText();
  const rules = useQuery(trpc.reminders.rules.queryOptions({ organizationId }));
  return (
    <Card
      title={rt("tab.rules")}
      actions={
        <Link className="rk-button rk-button--primary" to="/reminders/rules/new">
          {rt("rules.new")}
        </Link>
      }
    >
      {rules.data ? (
        <Table<Rule>
          rows={rules.data}
          rowKey={(r) => r.id}
          rowTestId={(r) => `rule-${r.name}`}
          empty={rt("rules.empty")}
          columns={[
            {
              key: "name",
              header: rt("rule.name"),
              cell: (r) => (
                <>
                  <Link to={`/reminders/rules/${r.id}`}>{r.name}</Link>{" "}
                  {r.defaultFor ? <StatusBadge tone="info">{rt("rules.default")}</StatusBadge> : null}
                </>
              ),
            },
            { key: "kind", header: rt("rule.customerKind"), cell: (r) => rt(`rule.kind.${r.customerKind}`) },
            {
              key: "fee",
              header: rt("rule.feeCents"),
              align: "right",
              cell: (r) => <Money cents={r.feeCents} locale={locale} />,
            },
            { key: "days", header: rt("rule.daysAfterDue"), align: "right", cell: (r) => r.daysAfterDue },
            {
              key: "min",
              header: rt("rule.minimumAmountCents"),
              align: "right",
              cell: (r) => <Money cents={r.minimumAmountCents} locale={locale} />,
            },
            { key: "channel", header: rt("rule.channel"), cell: (r) => rt(`channel.${r.channel}`) },
            { key: "max", header: rt("rule.maxCount"), align: "right", cell: (r) => r.maxCount },
            { key: "interval", header: rt("rule.intervalDays"), align: "right", cell: (r) => r.intervalDays },
            { key: "customers", header: rt("rule.customers"), align: "right", cell: (r) => r.customerCount },
          ]}
        />
      ) : (
        <p>{rt("loading")}</p>
      )}
    </Card>
  );
}
