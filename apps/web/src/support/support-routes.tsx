import { TabLinks } from "@reskontra/ui";
import { Route, Switch } from "wouter";
import { NavLink } from "../shell/nav-link";
import { MailRoutes } from "./mail/mail-routes";
import { PhoneRoutes } from "./phone/phone-routes";
import { ReportsRoutes } from "./reports/reports-routes";
import { SuggestionsRoutes } from "./suggestions/suggestions-routes";
import { useSupportRoles } from "./support-roles";
import { useSupportText } from "./texts";
import { ThirdPartiesRoutes } from "./third-parties/third-parties-routes";
import { TicketsRoutes } from "./tickets/tickets-routes";
import { WorkspaceRoutes } from "./workspace/workspace-routes";
import "./support.css";

/** Everything under /support: requesters' own requests for everyone, the agents' rooms for agents. */
export function SupportRoutes() {
  const { st } = useSupportText();
  const roles = useSupportRoles();
  const agent = roles.agentOrganizationId !== null;
  return (
    <>
      <TabLinks label={st("title")} className="support-tabs">
        <NavLink to="/support/tickets">{st("tab.home")}</NavLink>
        {agent ? <NavLink to="/support/workspace">{st("tab.workspace")}</NavLink> : null}
        <NavLink to="/support/phone">{st("tab.phone")}</NavLink>
        {agent ? <NavLink to="/support/mail">{st("tab.mail")}</NavLink> : null}
        {agent ? <NavLink to="/support/third-parties">{st("tab.thirdParties")}</NavLink> : null}
        <NavLink to="/support/suggestions">{st("tab.suggestions")}</NavLink>
        {agent || roles.product ? <NavLink to="/support/reports">{st("tab.reports")}</NavLink> : null}
      </TabLinks>
      <Switch>
        <Route path="/support/workspace/*?">
          <WorkspaceRoutes />
        </Route>
        <Route path="/support/mail/*?">
          <MailRoutes />
        </Route>
        <Route path="/support/phone/*?">
          <PhoneRoutes />
        </Route>
        <Route path="/support/third-parties/*?">
          <ThirdPartiesRoutes />
        </Route>
        <Route path="/support/suggestions/*?">
          <SuggestionsRoutes />
        </Route>
        <Route path="/support/reports/*?">
          <ReportsRoutes />
        </Route>
        <Route>
          <TicketsRoutes />
        </Route>
      </Switch>
    </>
  );
}
