import { Alert, Button, Card, DateTimeText, SelectField, Table } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { refusalOf, useTRPC } from "../trpc";
import { InviteForm } from "./invite-form";
import { useOrganizationText } from "./texts";

const AREAS = ["reminders", "voucher_settlements", "invoicing", "user_management"] as const;

/** An organization's people as its admin manages them: roles, closing, invitations, responsible persons, history. */
export function PeoplePage({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { ot, locale, roleName } = useOrganizationText();
  const data = useQuery(trpc.organizations.people.queryOptions({ organizationId }));
  const audit = useQuery(trpc.organizations.audit.queryOptions({ organizationId }));
  const refresh = () => queryClient.invalidateQueries(trpc.organizations.pathFilter());
  const invite = useMutation(trpc.organizations.invite.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.organizations.revokeInvitation.mutationOptions({ onSuccess: refresh }));
  const setRoles = useMutation(trpc.organizations.setRoles.mutationOptions({ onSuccess: refresh }));
  const close = useMutation(trpc.organizations.closeAccount.mutationOptions({ onSuccess: refresh }));
  const reopen = useMutation(trpc.organizations.reopenAccount.mutationOptions({ onSuccess: refresh }));
  const responsible = useMutation(trpc.organizations.setResponsible.mutationOptions({ onSuccess: refresh }));
  const [edited, setEdited] = useState<Record<string, string[]>>({});
  if (!data.data) return <p>{ot("loading")}</p>;
  const { organization, people, invitations } = data.data;
  const failure = refusalOf(setRoles.error ?? close.error ?? reopen.error ?? revoke.error ?? responsible.error);

  return (
    <>
      <Card title={`${ot("people.title")}: ${organization.name}`}>
        {failure ? <Alert>{failure.message}</Alert> : null}
        <Table
          rows={people}
          rowKey={(p) => p.userId}
          rowTestId={(p) => p.email}
          empty="–"
          columns={[
            { key: "name", header: ot("people.name"), cell: (p) => p.name },
            { key: "email", header: ot("people.email"), cell: (p) => p.email },
            { key: "number", header: ot("people.userNumber"), cell: (p) => p.userNumber ?? "" },
            {
              key: "roles",
              header: ot("people.roles"),
              cell: (p) => {
                const chosen = edited[p.userId] ?? p.roles;
                return (
                  <fieldset aria-label={`${ot("people.roles")} ${p.email}`}>
                    {organization.roles.map((r) => (
                      <label key={r}>
                        <input
                          type="checkbox"
                          checked={chosen.includes(r)}
                          onChange={(e) =>
                            setEdited({
                              ...edited,
                              [p.userId]: e.target.checked ? [...chosen, r] : chosen.filter((x) => x !== r),
                            })
                          }
                        />{" "}
                        {roleName(r)}
                      </label>
                    ))}
                    {edited[p.userId] ? (
                      <Button
                        variant="secondary"
                        onClick={() =>
                          setRoles.mutate(
                            { organizationId, userId: p.userId, roles: chosen as typeof p.roles },
                            { onSuccess: () => setEdited(({ [p.userId]: _done, ...rest }) => rest) },
                          )
                        }
                      >
                        {ot("people.saveRoles")}
                      </Button>
                    ) : null}
                  </fieldset>
                );
              },
            },
            {
              key: "status",
              header: ot("people.status"),
              cell: (p) =>
                p.closedAt ? (
                  <>
                    {ot("people.closed")}{" "}
                    <Button variant="secondary" onClick={() => reopen.mutate({ organizationId, userId: p.userId })}>
                      {ot("people.reopen")}
                    </Button>
                  </>
                ) : (
                  <>
                    {ot("people.open")}{" "}
                    <Button variant="secondary" onClick={() => close.mutate({ organizationId, userId: p.userId })}>
                      {ot("people.close")}
                    </Button>
                  </>
                ),
            },
          ]}
        />
      </Card>
      <Card title={ot("rights.title")}>
        <dl className="role-rights">
          {organization.roles.map((r) => (
            <div key={r}>
              <dt>{roleName(r)}</dt>
              <dd>{ot(`rights.${r}`)}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card title={ot("people.invite")}>
        <InviteForm
          title={ot("people.invite")}
          roles={organization.roles}
          defaultRoles={organization.kind === "billing_company" ? ["user"] : []}
          onSubmit={(input) =>
            invite.mutate({ organizationId, ...input, roles: input.roles as (typeof organization.roles)[number][] })
          }
          pending={invite.isPending}
          error={invite.error}
          sentTo={invite.isSuccess ? invite.variables.email : null}
        />
        <h3>{ot("people.pending")}</h3>
        <Table
          rows={invitations}
          rowKey={(i) => i.id}
          empty="–"
          columns={[
            { key: "email", header: ot("people.email"), cell: (i) => i.email },
            { key: "roles", header: ot("people.roles"), cell: (i) => i.roles.map(roleName).join(", ") },
            { key: "expires", header: ot("people.expires"), cell: (i) => <DateTimeText instant={i.expiresAt} locale={locale} /> },
            {
              key: "revoke",
              header: <span className="rk-visually-hidden">{ot("people.actions")}</span>,
              cell: (i) => (
                <Button variant="secondary" onClick={() => revoke.mutate({ organizationId, invitationId: i.id })}>
                  {ot("people.revoke")}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card title={ot("people.responsible")}>
        {AREAS.map((area) => (
          <SelectField
            key={area}
            label={ot(`people.area.${area}`)}
            value={data.data.responsible.find((r) => r.area === area)?.userId ?? ""}
            onChange={(e) => responsible.mutate({ organizationId, area, userId: e.target.value === "" ? null : e.target.value })}
            options={[
              { value: "", label: ot("people.nobody") },
              ...people.filter((p) => !p.closedAt).map((p) => ({ value: p.userId, label: p.name })),
            ]}
          />
        ))}
      </Card>
      <Card title={ot("people.audit")}>
        <Table
          rows={audit.data ?? []}
          rowKey={(a) => String(a.id)}
          empty="–"
          columns={[
            { key: "at", header: ot("people.when"), cell: (a) => <DateTimeText instant={a.at} locale={locale} /> },
            { key: "who", header: ot("people.who"), cell: (a) => a.actorName ?? "" },
            { key: "what", header: ot("people.what"), cell: (a) => actionText(ot, a.action) },
            { key: "whom", header: ot("people.whom"), cell: (a) => a.targetName ?? "" },
          ]}
        />
      </Card>
    </>
  );
}

function actionText(ot: ReturnType<typeof useOrganizationText>["ot"], action: string): string {
  const key = `action.${action}` as Parameters<typeof ot>[0];
  const text = ot(key);
  return text === key ? action : text;
}
