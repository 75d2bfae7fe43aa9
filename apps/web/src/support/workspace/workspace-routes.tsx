import { Alert } from "@reskontra/ui";
import { Route, Switch } from "wouter";
import { useSupportRoles } from "../support-roles";
import { QueuePage } from "./queue-page";
import { SavedRepliesPage } from "./saved-replies-page";
import { AgentTicketPage } from "./ticket-page";
import { useWorkspaceText } from "./use-workspace-text";
import "./workspace.css";

/** The workspace room of the support desk, for the operator's agents, under /support/workspace. */
export function WorkspaceRoutes() {
  const roles = useSupportRoles();
  const { t } = useWorkspaceText();
  if (roles.agentOrganizationId === null) return <Alert tone="info">{t("queue.noLines")}</Alert>;
  return (
    <Switch>
      <Route path="/support/workspace/tickets/:ticketId">
        <AgentTicketPage />
      </Route>
      <Route path="/support/workspace/saved-replies">
        <SavedRepliesPage />
      </Route>
      <Route>
        <QueuePage />
      </Route>
    </Switch>
  );
}
