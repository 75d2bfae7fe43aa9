import { DateTimeText, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc";
import type { Change } from "./api-types";
import { changeActionText, snapshotText } from "./change-text";
import { useReminderText } from "./texts";

/** Every configuration change — who, when, before, after — for the company or one rule. */
export function ChangesTable({ organizationId, ruleId }: { organizationId: string; ruleId?: string }) {
  const trpc = useTRPC();
  const { rt, locale } = useReminderText();
  const changes = useQuery(trpc.reminders.changes.queryOptions({ organizationId, ...(ruleId ? { ruleId } : {}) }));
  const rules = useQuery(trpc.reminders.rules.queryOptions({ organizationId }));
  const ruleNames = new Map((rules.data ?? []).map((r) => [r.id, r.name]));
  if (!changes.data) return <p>{rt("loading")}</p>;
  return (
    <Table<Change>
      rows={changes.data}
      rowKey={(c) => String(c.id)}
      empty={rt("changes.empty")}
      columns={[
        { key: "at", header: rt("changes.at"), cell: (c) => <DateTimeText instant={c.at} locale={locale} /> },
        { key: "who", header: rt("changes.who"), cell: (c) => c.actorName ?? "–" },
        { key: "what", header: rt("changes.what"), cell: (c) => changeActionText(locale, c.action) },
        { key: "before", header: rt("changes.before"), cell: (c) => <small>{snapshotText(locale, c.before, ruleNames)}</small> },
        { key: "after", header: rt("changes.after"), cell: (c) => <small>{snapshotText(locale, c.after, ruleNames)}</small> },
      ]}
    />
  );
}
