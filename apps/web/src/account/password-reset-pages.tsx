import { Alert, Button, Card, Field } from "@reskontra/ui";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "wouter";
import { useMessages } from "../i18n/locale";
import { refusalOf, useTRPC } from "../trpc";
import { accountMessages } from "./messages";

/** The link's token travels in the fragment, which no server log or Referer header sees. */
export function tokenFromHash(): string {
  return window.location.hash.replace(/^#/, "");
}

/** Asks for a reset link; the answer is the same whatever the address. */
export function RequestResetPage() {
  const trpc = useTRPC();
  const { t } = useMessages(accountMessages);
  const [email, setEmail] = useState("");
  const request = useMutation(trpc.account.requestPasswordReset.mutationOptions());
  const refusal = refusalOf(request.error);
  function submit(event: FormEvent) {
    event.preventDefault();
    request.mutate({ email });
  }
  return (
    <main className="login">
      <Card title={t("reset.title")}>
        <form onSubmit={submit} noValidate>
          <Field
            label={t("reset.email")}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={refusal?.fieldErrors.email?.[0] ?? refusal?.message}
          />
          {request.isSuccess ? <Alert tone="success">{t("reset.sent")}</Alert> : null}
          <Button type="submit" disabled={request.isPending}>
            {t("reset.send")}
          </Button>
        </form>
        <p>
          <Link href="/">{t("reset.signIn")}</Link>
        </p>
      </Card>
    </main>
  );
}

/** Sets the new password with the mailed link; every session of the person ends. */
export function SetNewPasswordPage({ token }: { token: string }) {
  const trpc = useTRPC();
  const { t } = useMessages(accountMessages);
  const [password, setPassword] = useState("");
  const reset = useMutation(trpc.account.resetPassword.mutationOptions());
  const refusal = refusalOf(reset.error);
  function submit(event: FormEvent) {
    event.preventDefault();
    reset.mutate({ token, password });
  }
  return (
    <main className="login">
      <Card title={t("reset.newTitle")}>
        {reset.isSuccess ? (
          <>
            <Alert tone="success">{t("reset.done")}</Alert>
            <p>
              <a href="/">{t("reset.signIn")}</a>
            </p>
          </>
        ) : (
          <form onSubmit={submit} noValidate>
            <Field
              label={t("reset.password")}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={refusal?.fieldErrors.password?.[0]}
            />
            {refusal && !refusal.fieldErrors.password ? <Alert>{refusal.message}</Alert> : null}
            <Button type="submit" disabled={reset.isPending}>
              {t("reset.save")}
            </Button>
          </form>
        )}
      </Card>
    </main>
  );
}
