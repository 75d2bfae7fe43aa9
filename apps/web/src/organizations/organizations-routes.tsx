import { Alert } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, Route, Switch } from "wouter";
import { useTRPC } from "../trpc";
import { OrganizationPage, OrganizationsPage } from "./operator-pages";
import { PeoplePage } from "./people-page";
import { useOrganizationText } from "./texts";

const PEOPLE_ADMIN_ROLES = new Set(["company_admin", "organizer_admin", "user_manager", "platform_admin"]);

/** /organizations for the operator, /organizations/people for an organization's admins. */
export function OrganizationsRoutes() {
  const trpc = useTRPC();
  const { ot } = useOrganizationText();
  const me = useQuery(trpc.auth.me.queryOptions());
  const memberships = me.data?.memberships ?? [];
  const operator = memberships.some((m) => m.role === "platform_admin");
  const adminOf = memberships.find((m) => PEOPLE_ADMIN_ROLES.has(m.role));
  if (!me.data) return <p>{ot("loading")}</p>;
  return (
    <Switch>
      <Route path="/organizations/people">
        {adminOf ? <PeoplePage organizationId={adminOf.organizationId} /> : <Alert tone="info">{ot("org.noRole")}</Alert>}
      </Route>
      <Route path="/organizations/:id">{operator ? <OrganizationPage /> : <Alert tone="info">{ot("org.noRole")}</Alert>}</Route>
      <Route path="*">
        {adminOf ? (
          <p>
            <Link href="/organizations/people">{ot("people.title")}</Link>
          </p>
        ) : null}
        {operator ? <OrganizationsPage /> : adminOf ? null : <Alert tone="info">{ot("org.noRole")}</Alert>}
      </Route>
    </Switch>
  );
}
