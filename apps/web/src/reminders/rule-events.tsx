import { DateTimeText, Field, Money, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useTRPC } from "../trpc";
import type { RuleEvent } from "./api-types";
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
  const num = (e: RuleEvent, key: string) => (typeof e.params[key] === "number" ? e.params[key] : null);
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
              cell: (e) => {
                const fee = num(e, "feeCents");
                const channel = typeof e.params.channel === "string" ? e.params.channel : "";
                return (
                  <small>
                    #{num(e, "sequence") ?? ""} {channel} {fee !== null ? <Money cents={fee} locale={locale} /> : null}{" "}
                    {typeof e.params.reason === "string" ? e.params.reason : ""}
                  </small>
                );
              },
            },
          ]}
        />
      ) : (
        <p>{rt("loading")}</p>
      )}
    </>
  );
}
