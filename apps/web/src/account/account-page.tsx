import { Alert, Button, Card, DateTimeText, Field, SelectField, Table } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useMessages } from "../i18n/locale";
import { refusalOf, useTRPC } from "../trpc";
import { accountMessages } from "./messages";

/** Own profile, password, sessions and API tokens. */
export function AccountPage() {
  const trpc = useTRPC();
  const profile = useQuery(trpc.account.profile.queryOptions());
  if (!profile.data) return null;
  return (
    <>
      <ProfileCard key={profile.data.name + profile.data.locale} profile={profile.data} />
      <PasswordCard />
      <SessionsCard />
      <TokensCard />
    </>
  );
}

function ProfileCard({ profile }: { profile: { name: string; email: string; locale: "fi" | "en"; userNumber: string | null } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useMessages(accountMessages);
  const [name, setName] = useState(profile.name);
  const [locale, setLocale] = useState(profile.locale);
  const save = useMutation(trpc.account.updateProfile.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }));
  const refusal = refusalOf(save.error);
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ name, locale });
  }
  return (
    <Card title={t("account.title")}>
      <form onSubmit={submit} noValidate>
        <p>
          {t("account.email")}: {profile.email}
          {profile.userNumber ? ` · ${t("account.userNumber")}: ${profile.userNumber}` : ""}
        </p>
        <Field
          label={t("account.name")}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={refusal?.fieldErrors.name?.[0]}
        />
        <SelectField
          label={t("account.language")}
          value={locale}
          onChange={(e) => setLocale(e.target.value === "en" ? "en" : "fi")}
          options={[
            { value: "fi", label: "Suomi" },
            { value: "en", label: "English" },
          ]}
        />
        {save.isSuccess ? <Alert tone="success">{t("account.saved")}</Alert> : null}
        <Button type="submit" disabled={save.isPending}>
          {t("account.save")}
        </Button>
      </form>
    </Card>
  );
}

function PasswordCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useMessages(accountMessages);
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.account.pathFilter()) }),
  );
  const refusal = refusalOf(change.error);
  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate({ currentPassword, newPassword });
  }
  const current =
    refusal?.fieldErrors.currentPassword?.[0] ??
    (change.error && !refusal?.fieldErrors.newPassword ? refusal?.message : undefined);
  return (
    <Card title={t("password.title")}>
      <form onSubmit={submit} noValidate>
        <Field
          label={t("password.current")}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
          error={current}
        />
        <Field
          label={t("password.new")}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNew(e.target.value)}
          error={refusal?.fieldErrors.newPassword?.[0]}
        />
        {change.isSuccess ? <Alert tone="success">{t("password.changed")}</Alert> : null}
        <Button type="submit" disabled={change.isPending}>
          {t("password.change")}
        </Button>
      </form>
    </Card>
  );
}

function SessionsCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useMessages(accountMessages);
  const sessions = useQuery(trpc.account.sessions.queryOptions());
  const end = useMutation(
    trpc.account.endOtherSessions.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.account.sessions.pathFilter()),
    }),
  );
  return (
    <Card title={t("sessions.title")}>
      <Table
        rows={sessions.data ?? []}
        rowKey={(s) => s.id}
        empty="–"
        columns={[
          { key: "started", header: t("sessions.started"), cell: (s) => <DateTimeText instant={s.createdAt} locale={locale} /> },
          { key: "seen", header: t("sessions.lastSeen"), cell: (s) => <DateTimeText instant={s.lastSeenAt} locale={locale} /> },
          { key: "current", header: t("sessions.which"), cell: (s) => (s.current ? t("sessions.current") : "") },
        ]}
      />
      {end.data ? <Alert tone="success">{t("sessions.ended", { count: end.data.ended })}</Alert> : null}
      <Button variant="secondary" onClick={() => end.mutate()}>
        {t("sessions.endOthers")}
      </Button>
    </Card>
  );
}

function TokensCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useMessages(accountMessages);
  const tokens = useQuery(trpc.account.apiTokens.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.account.apiTokens.pathFilter());
  const create = useMutation(trpc.account.createApiToken.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.account.revokeApiToken.mutationOptions({ onSuccess: refresh }));
  const [name, setName] = useState("");
  const [days, setDays] = useState("90");
  const refusal = refusalOf(create.error);
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ name, expiresInDays: Number(days) });
  }
  return (
    <Card title={t("tokens.title")}>
      <Table
        rows={tokens.data ?? []}
        rowKey={(k) => k.id}
        empty="–"
        columns={[
          { key: "name", header: t("tokens.name"), cell: (k) => k.name },
          {
            key: "expires",
            header: t("tokens.expires"),
            cell: (k) => (k.expiresAt ? <DateTimeText instant={k.expiresAt} locale={locale} /> : ""),
          },
          {
            key: "used",
            header: t("tokens.lastUsed"),
            cell: (k) => (k.lastUsedAt ? <DateTimeText instant={k.lastUsedAt} locale={locale} /> : ""),
          },
          {
            key: "revoke",
            header: <span className="rk-visually-hidden">{t("tokens.actions")}</span>,
            cell: (k) =>
              k.revokedAt ? (
                t("tokens.revoked")
              ) : (
                <Button variant="secondary" onClick={() => revoke.mutate({ id: k.id })}>
                  {t("tokens.revoke")}
                </Button>
              ),
          },
        ]}
      />
      <form onSubmit={submit} noValidate>
        <Field
          label={t("tokens.name")}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={refusal?.fieldErrors.name?.[0]}
        />
        <Field
          label={t("tokens.days")}
          inputMode="numeric"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          error={refusal?.fieldErrors.expiresInDays?.[0]}
        />
        {create.data ? (
          <Alert tone="success">
            {t("tokens.created")} <code data-testid="new-api-token">{create.data.token}</code>
          </Alert>
        ) : null}
        <Button type="submit" disabled={create.isPending}>
          {t("tokens.create")}
        </Button>
      </form>
    </Card>
  );
}
