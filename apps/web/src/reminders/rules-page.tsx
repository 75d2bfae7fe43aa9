import { Card, StatusBadge, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { useTRPC } from "../trpc";
import type { Rule } from "./api-types";
import { ruleFigureColumns } from "./columns";
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
            ...ruleFigureColumns<Rule>(rt, locale),
            { key: "customers", header: rt("rule.customers"), align: "right", cell: (r) => r.customerCount },
          ]}
        />
      ) : (
        <p>{rt("loading")}</p>
      )}
    </Card>
  );
}
