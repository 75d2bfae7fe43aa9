import { Alert } from "@reskontra/ui";
import { lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
import { useSupportRoles } from "../support-roles";
import { useSupportText } from "../texts";
import { useTicketText } from "./use-ticket-text";
import "./tickets.css";

// Each page of the room loads when it is first opened.
const TicketListPage = lazy(() => import("./ticket-list-page").then((m) => ({ default: m.TicketListPage })));
const NewTicketPage = lazy(() => import("./new-ticket-page").then((m) => ({ default: m.NewTicketPage })));
const TicketPage = lazy(() => import("./ticket-page").then((m) => ({ default: m.TicketPage })));

/** The tickets room of the support desk; its pages are routed here under /support/tickets. */
export function TicketsRoutes() {
  const { st } = useSupportText();
  const roles = useSupportRoles();
  const { t } = useTicketText();
  return (
    <Suspense fallback={<p role="status">{st("loading")}</p>}>
      <Switch>
        <Route path="/support/tickets/new">
          {roles.requesterOrganizationId ? (
            <NewTicketPage organizationId={roles.requesterOrganizationId} />
          ) : (
            <Alert tone="info">{t("form.noOrganization")}</Alert>
          )}
        </Route>
        <Route path="/support/tickets/:ticketId">
          <TicketPage />
        </Route>
        <Route>
          <TicketListPage />
        </Route>
      </Switch>
    </Suspense>
  );
}
