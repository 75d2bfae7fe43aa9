import { formatDate, formatMoney } from "@reskontra/domain";
import { Alert, Button, DateText, Money, Table } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { refusalOf, useTRPC } from "../trpc";
import { EventForm, type EditableEvent } from "./event-form";
import { ReportErrorForm } from "./report-error-form";
import { EventStateBadge } from "./state-badge";
import { useVoucherText } from "./texts";

type Args = { organizationId: string; clientId: string };

/**
 * The provider's events for a client. Each row offers what the provider may do; where it may not,
 * the row says why (the domain's reason), and a settled event offers an error report instead.
 */
export function EventsTab({ args }: { args: Args }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { v, locale } = useVoucherText();
  const events = useQuery(trpc.vouchers.provider.events.queryOptions(args));
  const [editing, setEditing] = useState<EditableEvent | "new" | null>(null);
  const [reporting, setReporting] = useState<string | null>(null);
  const remove = useMutation(
    trpc.vouchers.provider.deleteEvent.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.vouchers.provider.pathFilter()),
    }),
  );
  if (events.error) return <Alert>{refusalOf(events.error)?.message}</Alert>;
  if (!events.data) return <p>{v("loading")}</p>;
  return (
    <>
      {editing ? (
        <EventForm args={args} event={editing === "new" ? undefined : editing} onDone={() => setEditing(null)} />
      ) : (
        <Button onClick={() => setEditing("new")}>{v("events.new")}</Button>
      )}
      {reporting ? (
        <ReportErrorForm organizationId={args.organizationId} eventId={reporting} onDone={() => setReporting(null)} />
      ) : null}
      {remove.error ? <Alert>{refusalOf(remove.error)?.message}</Alert> : null}
      <Table
        rows={events.data}
        rowKey={(e) => e.id}
        rowTestId={(e) => `event-${e.eventDate}`}
        empty={v("events.empty")}
        columns={[
          { key: "date", header: v("col.date"), cell: (e) => <DateText date={e.eventDate} locale={locale} /> },
          { key: "voucher", header: v("col.voucher"), cell: (e) => e.voucherNumber },
          { key: "content", header: v("col.content"), cell: (e) => e.content },
          { key: "units", header: v("col.units"), align: "right", cell: (e) => String(e.units).replace(".", ",") },
          { key: "price", header: v("col.price"), align: "right", cell: (e) => <Money cents={e.priceCents} locale={locale} /> },
          {
            key: "value",
            header: v("col.value"),
            align: "right",
            cell: (e) => <Money cents={e.voucherValueCents} locale={locale} />,
          },
          {
            key: "copay",
            header: v("col.coPayment"),
            align: "right",
            cell: (e) => <Money cents={e.coPaymentCents} locale={locale} />,
          },
          {
            key: "state",
            header: v("col.state"),
            cell: (e) => (
              <>
                <EventStateBadge state={e.state} awaitingCredit={e.awaitingCredit} />
                {e.creditedCents > 0 ? (
                  <small> · {v("events.credited", { amount: formatMoney(e.creditedCents, locale) })}</small>
                ) : null}
                {e.state === "rejected" && e.rejectionReason ? (
                  <small className="voucher-rejection" data-testid="rejection-reason">
                    {" "}
                    · {v("events.rejectedBecause", { reason: e.rejectionReason })}
                  </small>
                ) : null}
              </>
            ),
          },
          {
            key: "actions",
            header: v("col.actions"),
            cell: (e) => (
              <div className="voucher-actions">
                {e.permissions.edit.allowed ? (
                  <Button variant="secondary" onClick={() => setEditing(e)}>
                    {v("events.edit")}
                  </Button>
                ) : null}
                {e.permissions.delete.allowed ? (
                  <Button
                    variant="danger"
                    disabled={remove.isPending}
                    onClick={() => {
                      if (
                        window.confirm(
                          v("events.deleteConfirm", {
                            client: e.clientName,
                            date: formatDate(e.eventDate, locale),
                            content: e.content,
                            amount: formatMoney(e.voucherValueCents, locale),
                          }),
                        )
                      ) {
                        remove.mutate({ organizationId: args.organizationId, eventId: e.id });
                      }
                    }}
                  >
                    {v("events.delete")}
                  </Button>
                ) : null}
                {e.state === "settled" || e.state === "paid" ? (
                  <Button variant="secondary" onClick={() => setReporting(e.id)}>
                    {v("events.report")}
                  </Button>
                ) : null}
                {!e.permissions.edit.allowed ? <small className="rk-hint">{e.permissions.edit.reason}</small> : null}
              </div>
            ),
          },
        ]}
      />
    </>
  );
}
