import { Alert, Button, Card, DateText, Money, SelectField, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { refusalOf, useTRPC } from "../trpc";
import { CreditForm } from "./credit-form";
import { EventStateBadge } from "./state-badge";
import { useVoucherText } from "./texts";

const STATES = ["settled", "paid", "approved", "under_review", "recorded", "rejected"] as const;
type State = (typeof STATES)[number];

/** The organizer's events by state; settled and paid ones can be credited. */
export function OrganizerEventsPage({ organizerId }: { organizerId: string }) {
  const trpc = useTRPC();
  const { v, locale } = useVoucherText();
  const [state, setState] = useState<State | "">("settled");
  const [crediting, setCrediting] = useState<string | null>(null);
  const events = useQuery(
    trpc.vouchers.organizer.events.queryOptions({ organizationId: organizerId, ...(state ? { state } : {}) }),
  );
  const [credited, setCredited] = useState(false);
  return (
    <Card title={v("orgEvents.title")}>
      <SelectField
        label={v("orgEvents.state")}
        value={state}
        onChange={(e) => setState(STATES.find((s) => s === e.target.value) ?? "")}
        options={[{ value: "", label: v("orgEvents.all") }, ...STATES.map((s) => ({ value: s, label: v(`state.${s}`) }))]}
      />
      {crediting ? (
        <CreditForm
          organizerId={organizerId}
          eventId={crediting}
          onDone={() => {
            setCrediting(null);
            setCredited(true);
          }}
        />
      ) : null}
      {credited && !crediting ? <Alert tone="success">{v("credit.done")}</Alert> : null}
      {events.error ? <Alert>{refusalOf(events.error)?.message}</Alert> : null}
      <Table
        rows={events.data ?? []}
        rowKey={(e) => e.id}
        rowTestId={(e) => `org-event-${e.clientName}-${e.eventDate}`}
        empty={events.isPending ? v("loading") : v("events.empty")}
        columns={[
          { key: "date", header: v("col.date"), cell: (e) => <DateText date={e.eventDate} locale={locale} /> },
          { key: "provider", header: v("col.provider"), cell: (e) => e.providerName },
          { key: "client", header: v("col.client"), cell: (e) => e.clientName },
          { key: "voucher", header: v("col.voucher"), cell: (e) => e.voucherNumber },
          { key: "content", header: v("col.content"), cell: (e) => e.content },
          {
            key: "value",
            header: v("col.value"),
            align: "right",
            cell: (e) => <Money cents={e.voucherValueCents} locale={locale} />,
          },
          {
            key: "state",
            header: v("col.state"),
            cell: (e) => <EventStateBadge state={e.state} awaitingCredit={e.awaitingCredit} />,
          },
          {
            key: "actions",
            header: v("col.actions"),
            cell: (e) =>
              e.permissions.credit.allowed ? (
                <Button variant="secondary" onClick={() => setCrediting(e.id)}>
                  {v("credit.button")}
                </Button>
              ) : (
                <small className="rk-hint">{e.permissions.credit.reason}</small>
              ),
          },
        ]}
      />
    </Card>
  );
}
