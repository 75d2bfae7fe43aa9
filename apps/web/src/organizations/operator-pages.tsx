import { Alert, Button, Card, DateTimeText, Table } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useLocation, useParams } from "wouter";
import { useTRPC } from "../trpc";
import { InviteForm } from "./invite-form";
import { emptyOrganization, OrganizationForm, organizationInputOf, type OrganizationValues } from "./organization-form";
import { useOrganizationText } from "./texts";

function useOrganizers() {
  const trpc = useTRPC();
  const list = useQuery(trpc.organizations.list.queryOptions());
  return (list.data ?? []).filter((o) => o.kind === "organizer").map((o) => ({ id: o.id, name: o.name }));
}

/** The operator's list of every organization, and the form for a new one. */
export function OrganizationsPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const { ot } = useOrganizationText();
  const list = useQuery(trpc.organizations.list.queryOptions());
  const organizers = useOrganizers();
  const create = useMutation(
    trpc.organizations.create.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries(trpc.organizations.pathFilter());
        navigate(`/organizations/${id}`);
      },
    }),
  );
  return (
    <>
      <Card title={ot("org.title")}>
        <Table
          rows={list.data ?? []}
          rowKey={(o) => o.id}
          rowTestId={(o) => o.name}
          empty={ot("loading")}
          columns={[
            { key: "name", header: ot("org.name"), cell: (o) => <Link href={`/organizations/${o.id}`}>{o.name}</Link> },
            { key: "kind", header: ot("org.kind"), cell: (o) => ot(`org.kind.${o.kind}`) },
            { key: "businessId", header: ot("org.businessId"), cell: (o) => o.businessId ?? "" },
            { key: "people", header: ot("org.peopleCount"), cell: (o) => o.people, align: "right" },
            {
              key: "status",
              header: ot("people.status"),
              cell: (o) => (o.deactivatedAt ? ot("org.inactive") : ot("org.active")),
            },
          ]}
        />
      </Card>
      <Card title={ot("org.new")}>
        <OrganizationForm
          initial={emptyOrganization}
          organizers={organizers}
          onSubmit={(values) => create.mutate(organizationInputOf(values))}
          pending={create.isPending}
          error={create.error}
          saved={false}
        />
      </Card>
    </>
  );
}

/** One organization for the operator: its details, on/off, its people (read only) and the first admin's invitation. */
export function OrganizationPage() {
  const { id = "" } = useParams<{ id: string }>();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { ot, locale, roleName } = useOrganizationText();
  const org = useQuery(trpc.organizations.get.queryOptions({ id }));
  const people = useQuery(trpc.organizations.peopleOf.queryOptions({ id }));
  const organizers = useOrganizers().filter((o) => o.id !== id);
  const refresh = () => queryClient.invalidateQueries(trpc.organizations.pathFilter());
  const update = useMutation(trpc.organizations.update.mutationOptions({ onSuccess: refresh }));
  const setActive = useMutation(trpc.organizations.setActive.mutationOptions({ onSuccess: refresh }));
  const invite = useMutation(trpc.organizations.inviteAdmin.mutationOptions({ onSuccess: refresh }));
  if (!org.data) return <p>{ot("loading")}</p>;
  const o = org.data;
  const initial: OrganizationValues = {
    ...emptyOrganization,
    ...Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v ?? ""])),
    kind: o.kind,
    servesOrganizerIds: o.servesOrganizerIds,
  };
  return (
    <>
      <Card title={o.name}>
        <p data-testid="organization-status">
          {o.deactivatedAt ? ot("org.inactive") : ot("org.active")}{" "}
          <Button variant="secondary" onClick={() => setActive.mutate({ id, active: Boolean(o.deactivatedAt) })}>
            {o.deactivatedAt ? ot("org.reactivate") : ot("org.deactivate")}
          </Button>
        </p>
        {setActive.error ? <Alert>{setActive.error.message}</Alert> : null}
      </Card>
      <Card title={ot("org.people")}>
        <Table
          rows={people.data ?? []}
          rowKey={(p) => p.userId}
          empty="–"
          columns={[
            { key: "name", header: ot("people.name"), cell: (p) => p.name },
            { key: "email", header: ot("people.email"), cell: (p) => p.email },
            { key: "roles", header: ot("people.roles"), cell: (p) => p.roles.map(roleName).join(", ") },
            {
              key: "status",
              header: ot("people.status"),
              cell: (p) => (p.closedAt ? <DateTimeText instant={p.closedAt} locale={locale} /> : ot("people.open")),
            },
          ]}
        />
        <InviteForm
          title={ot("org.inviteAdmin")}
          roles={[]}
          defaultRoles={[]}
          onSubmit={(input) => invite.mutate({ id, email: input.email, name: input.name })}
          pending={invite.isPending}
          error={invite.error}
          sentTo={invite.isSuccess ? (invite.variables.email ?? null) : null}
        />
      </Card>
      <Card title={ot("org.edit")}>
        <OrganizationForm
          key={o.id}
          initial={initial}
          organizers={organizers}
          onSubmit={(values) => update.mutate({ id, values: organizationInputOf(values) })}
          pending={update.isPending}
          error={update.error}
          saved={update.isSuccess}
        />
      </Card>
    </>
  );
}
