import { DateTimeText, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc";
import type { Change } from "./api-types";
import { useReminderText } from "./texts";

/** Compact "key: value" text of an audit snapshot, so before and after can be compared at a glance. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return "–";
  if (typeof value !== "object") return JSON.stringify(value);
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${typeof v === "object" && v !== null ? JSON.stringify(v) : String(v)}`)
    .join(", ");
}

/** Every configuration change — who, when, before, after — for the company or one rule. */
export function ChangesTable({ organizationId, ruleId }: { organizationId: string; ruleId?: string }) {
  const trpc = useTRPC();
  const { rt, locale } = useReminderText();
  const changes = useQuery(trpc.reminders.changes.queryOptions({ organizationId, ...(ruleId ? { ruleId } : {}) }));
  if (!changes.data) return <p>{rt("loading")}</p>;
  return (
    <Table<Change>
      rows={changes.data}
      rowKey={(c) => String(c.id)}
      empty={rt("changes.empty")}
      columns={[
        { key: "at", header: rt("changes.at"), cell: (c) => <DateTimeText instant={c.at} locale={locale} /> },
        { key: "who", header: rt("changes.who"), cell: (c) => c.actorName ?? "–" },
        { key: "what", header: rt("changes.what"), cell: (c) => c.action.replace(/^reminders\./, "") },
        { key: "before", header: rt("changes.before"), cell: (c) => <small>{describe(c.before)}</small> },
        { key: "after", header: rt("changes.after"), cell: (c) => <small>{describe(c.after)}</small> },
      ]}
    />
  );
}
