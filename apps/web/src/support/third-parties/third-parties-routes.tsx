import { Alert } from "@reskontra/ui";
import { lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
import { useSupportRoles } from "../support-roles";
import { useThirdPartyText } from "./texts";
import "./third-parties.css";

// The room's pages load with their first visit: the form library and the directory stay out of the support chunk.
const DirectoryPage = lazy(() => import("./directory-page").then((m) => ({ default: m.DirectoryPage })));
const NewPartyPage = lazy(() => import("./party-page").then((m) => ({ default: m.NewPartyPage })));
const PartyPage = lazy(() => import("./party-page").then((m) => ({ default: m.PartyPage })));
const TriagePage = lazy(() => import("./triage-page").then((m) => ({ default: m.TriagePage })));

/** The third-parties room of the support desk; its pages are routed here under /support/third-parties. */
export function ThirdPartiesRoutes() {
  const { tt } = useThirdPartyText();
  const roles = useSupportRoles();
  if (roles.agentOrganizationId === null) return <Alert tone="info">{tt("noRole")}</Alert>;
  return (
    <Suspense fallback={<p role="status">{tt("loading")}</p>}>
      <Switch>
        <Route path="/support/third-parties/new">
          <NewPartyPage />
        </Route>
        <Route path="/support/third-parties/tickets/:ticketId">
          <TriagePage />
        </Route>
        <Route path="/support/third-parties/:thirdPartyId">
          <PartyPage />
        </Route>
        <Route>
          <DirectoryPage />
        </Route>
      </Switch>
    </Suspense>
  );
}
