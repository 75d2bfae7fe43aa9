import { CallPanel } from "../phone/call-panel";
import { TriagePanel } from "../third-parties/triage-panel";

/** Panels other rooms add to the agent's view of a ticket: calls and callbacks, third-party triage. */
export function TicketPanels({ ticketId }: { ticketId: string }) {
  return (
    <>
      <TriagePanel ticketId={ticketId} />
      <CallPanel ticketId={ticketId} />
    </>
  );
}
