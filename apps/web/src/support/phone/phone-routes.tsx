import { Card } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { AttachCallForm } from "./attach-call-form";
import { useTRPC } from "../../trpc";
import { useSupportRoles } from "../support-roles";
import { CallPanel } from "./call-panel";
import { CallbacksTable, CallsTable } from "./call-tables";
import { LogCallForm } from "./log-call-form";
import { PhoneLinesCard } from "./phone-lines-card";
import { usePhoneText } from "./texts";
import "./phone.css";

/** /support/phone: the lines for everyone; for agents also the callbacks due and today's calls. */
export function PhoneRoutes() {
  const roles = useSupportRoles();
  return (
    <div className="phone-page">
      {roles.agentOrganizationId !== null ? <AgentDesk /> : null}
      <PhoneLinesCard />
    </div>
  );
}

function AgentDesk() {
  const trpc = useTRPC();
  const { pt } = usePhoneText();
  const [mine, setMine] = useState(false);
  const [loggedTicketId, setLoggedTicketId] = useState<string | null>(null);
  const [attaching, setAttaching] = useState<string | null>(null);
  const callbacks = useQuery({ ...trpc.support.phone.dueCallbacks.queryOptions({ mine }), refetchInterval: 60_000 });
  const calls = useQuery({ ...trpc.support.phone.calls.queryOptions({}), refetchInterval: 30_000 });
  return (
    <>
      <Card
        title={pt("page.callbacks")}
        actions={
          <label className="phone-mine">
            <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} /> {pt("callbacks.mine")}
          </label>
        }
      >
        <div data-testid="due-callbacks">
          <CallbacksTable callbacks={callbacks.data ?? []} empty={pt("callbacks.empty")} />
        </div>
      </Card>
      <Card title={pt("page.calls")}>
        <div data-testid="calls">
          <CallsTable calls={calls.data ?? []} empty={pt("calls.empty")} showTicket onAttach={(c) => setAttaching(c.id)} />
        </div>
        {attaching ? (
          <AttachCallForm
            key={attaching}
            callId={attaching}
            onAttached={(ticketId) => {
              setAttaching(null);
              setLoggedTicketId(ticketId);
            }}
          />
        ) : null}
        <details>
          <summary>{pt("page.logNew")}</summary>
          <LogCallForm ticketId={null} onLogged={(logged) => setLoggedTicketId(logged.ticketId)} />
        </details>
      </Card>
      {loggedTicketId ? <CallPanel ticketId={loggedTicketId} /> : null}
    </>
  );
}
