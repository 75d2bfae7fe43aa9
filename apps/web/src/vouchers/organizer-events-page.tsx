import { Alert, Button, Card } from "@reskontra/ui";
import { useState } from "react";
import { CreditForm } from "./credit-form";
import { OrganizerEventSearch, type EventFilter, type SearchedEvent } from "./event-search";
import { useVoucherText } from "./texts";

/** The county's events by period, service and state, each opening in place with its history; settled and paid ones can be credited. */
export function OrganizerEventsPage({ organizerId }: { organizerId: string }) {
  const { v } = useVoucherText();
  return (
    <Card title={v("orgEvents.title")}>
      <CreditableEventSearch organizerId={organizerId} initial={SETTLED} />
    </Card>
  );
}

/** The organizer's event search with a credit action on each settled or paid event, and the credit form above it. */
export function CreditableEventSearch({
  organizerId,
  clientId,
  initial,
}: {
  organizerId: string;
  clientId?: string;
  initial?: EventFilter;
}) {
  const { v } = useVoucherText();
  const [crediting, setCrediting] = useState<SearchedEvent | null>(null);
  const [credited, setCredited] = useState(false);
  return (
    <>
      {crediting ? (
        <CreditForm
          organizerId={organizerId}
          event={crediting}
          onDone={(done) => {
            setCrediting(null);
            setCredited(done);
          }}
        />
      ) : null}
      {credited && !crediting ? <Alert tone="success">{v("credit.done")}</Alert> : null}
      <OrganizerEventSearch
        organizerId={organizerId}
        clientId={clientId}
        initial={initial}
        actions={(e) => <CreditAction event={e} onCredit={setCrediting} />}
      />
    </>
  );
}

const SETTLED: EventFilter = { state: "settled" };

/** The row's credit button, or why the event cannot be credited. */
export function CreditAction({ event, onCredit }: { event: SearchedEvent; onCredit: (event: SearchedEvent) => void }) {
  const { v } = useVoucherText();
  return event.permissions.credit.allowed ? (
    <Button variant="secondary" onClick={() => onCredit(event)}>
      {v("credit.button")}
    </Button>
  ) : (
    <small className="rk-hint">{event.permissions.credit.reason}</small>
  );
}
