import { Card } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../trpc";
import { useSupportRoles } from "../support-roles";
import { CallbackForm } from "./callback-form";
import { CallbacksTable, CallsTable } from "./call-tables";
import { LogCallForm } from "./log-call-form";
import { usePhoneText } from "./texts";
import "./phone.css";

/** Calls logged on a ticket, "log a call" and "promise a callback", on the agent's ticket view. */
export function CallPanel({ ticketId }: { ticketId: string }) {
  const roles = useSupportRoles();
  if (roles.agentOrganizationId === null) return null;
  return <AgentCallPanel ticketId={ticketId} />;
}

function AgentCallPanel({ ticketId }: { ticketId: string }) {
  const trpc = useTRPC();
  const { pt } = usePhoneText();
  const calls = useQuery(trpc.support.phone.calls.queryOptions({ ticketId }));
  const callbacks = useQuery(trpc.support.phone.ticketCallbacks.queryOptions({ ticketId }));
  const lastNumber = calls.data?.[0]
    ? calls.data[0].direction === "inbound"
      ? calls.data[0].callerNumber
      : calls.data[0].calledNumber
    : null;
  return (
    <Card title={pt("panel.title")}>
      <div className="phone-panel" data-testid="call-panel">
        <section aria-label={pt("panel.calls")}>
          <h3>{pt("panel.calls")}</h3>
          <CallsTable calls={calls.data ?? []} empty={pt("panel.noCalls")} showTicket={false} />
          <details>
            <summary>{pt("form.logCall")}</summary>
            <LogCallForm ticketId={ticketId} />
          </details>
        </section>
        <section aria-label={pt("panel.callbacks")}>
          <h3>{pt("panel.callbacks")}</h3>
          <CallbacksTable callbacks={callbacks.data ?? []} empty={pt("panel.noCallbacks")} />
          <details>
            <summary>{pt("form.scheduleCallback")}</summary>
            <CallbackForm ticketId={ticketId} {...(lastNumber ? { defaultPhoneNumber: lastNumber } : {})} />
          </details>
        </section>
      </div>
    </Card>
  );
}
