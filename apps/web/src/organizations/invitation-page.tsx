import { Alert, Button, Card, Field } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { refusalOf, useTRPC } from "../trpc";
import { useOrganizationText } from "./texts";

/** The invitee's page, reached without signing in: the mailed link's token is in the fragment. */
export function InvitationPage({ token }: { token: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { ot, roleName } = useOrganizationText();
  const invitation = useQuery(trpc.organizations.invitation.queryOptions({ token }, { retry: false }));
  const [name, setName] = useState<string | null>(null);
  const [password, setPassword] = useState("");
  const accept = useMutation(
    trpc.organizations.acceptInvitation.mutationOptions({
      onSuccess: async (result) => {
        if (!result.signedIn) return;
        window.history.replaceState(null, "", "/");
        await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      },
    }),
  );
  const refusal = refusalOf(accept.error ?? invitation.error);
  if (invitation.isPending) return <p>{ot("loading")}</p>;
  const data = invitation.data;
  function submit(event: FormEvent) {
    event.preventDefault();
    accept.mutate({ token, name: name ?? data?.name ?? "", password });
  }
  return (
    <main className="login">
      <Card title={ot("invite.title")}>
        {!data ? (
          <Alert>{refusal?.message ?? ot("invite.invalid")}</Alert>
        ) : accept.data && !accept.data.signedIn ? (
          <>
            <Alert tone="success">{ot("invite.joined")}</Alert>
            <a href="/">{ot("invite.signIn")}</a>
          </>
        ) : (
          <form onSubmit={submit} noValidate>
            <p>{ot("invite.intro", { organization: data.organizationName, roles: data.roles.map(roleName).join(", ") })}</p>
            <p>{data.email}</p>
            {data.existingAccount ? (
              <p>{ot("invite.existing")}</p>
            ) : (
              <Field
                label={ot("invite.name")}
                value={name ?? data.name ?? ""}
                onChange={(e) => setName(e.target.value)}
                error={refusal?.fieldErrors.name?.[0]}
              />
            )}
            <Field
              label={data.existingAccount ? ot("invite.currentPassword") : ot("invite.password")}
              type="password"
              autoComplete={data.existingAccount ? "current-password" : "new-password"}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={
                refusal?.fieldErrors.password?.[0] ?? (accept.error && !refusal?.fieldErrors.name ? refusal?.message : undefined)
              }
            />
            <Button type="submit" disabled={accept.isPending}>
              {ot("invite.accept")}
            </Button>
          </form>
        )}
      </Card>
    </main>
  );
}
