import { DateTimeText, Field, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { useTRPC } from "../trpc";
import type { RuleEvent } from "./api-types";
import { eventDetailsText } from "./event-details";
import { useReminderText, type ReminderTextKey } from "./texts";

const KINDS: Record<string, ReminderTextKey> = {
  created: "event.created",
  sent: "event.sent",
  failed: "event.failed",
  uncertain: "event.uncertain",
};

/** Everything the automation did under the rule, filterable by invoice number. */
export function RuleEvents({ organizationId, ruleId }: { organizationId: string; ruleId: string }) {
  const trpc = useTRPC();
  const { rt, locale } = useReminderText();
  const [invoiceNumber, setInvoiceNumber] = useState("");
  const events = useQuery(
    trpc.reminders.ruleEvents.queryOptions({
      organizationId,
      ruleId,
      ...(invoiceNumber.trim() ? { invoiceNumber: invoiceNumber.trim() } : {}),
    }),
  );
  return (
    <>
      <Field label={rt("events.filter")} type="search" value={invoiceNumber} onChange={(e) => setInvoiceNumber(e.target.value)} />
      {events.data ? (
        <Table<RuleEvent>
          rows={events.data}
          rowKey={(e) => e.id}
          rowTestId={(e) => `event-${e.kind}-${e.invoiceNumber ?? ""}`}
          empty={rt("events.empty")}
          columns={[
            { key: "at", header: rt("events.at"), cell: (e) => <DateTimeText instant={e.at} locale={locale} /> },
            {
              key: "kind",
              header: rt("events.kind"),
              cell: (e) => (KINDS[e.kind] ? rt(KINDS[e.kind] ?? "event.created") : e.kind),
            },
            {
              key: "invoice",
              header: rt("events.invoice"),
              cell: (e) => (e.invoiceId ? <Link to={`/invoices/${e.invoiceId}`}>{e.invoiceNumber}</Link> : ""),
            },
            { key: "customer", header: rt("events.customer"), cell: (e) => e.customerName ?? "" },
            {
              key: "details",
              header: rt("events.details"),
              cell: (e) => <small>{eventDetailsText(locale, e.params)}</small>,
            },
          ]}
        />
      ) : (
        <p>{rt("loading")}</p>
      )}
    </>
  );
}
