import { Alert, Button, Card, Field } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useState, type FormEvent } from "react";
import { useMessages } from "../i18n/locale";
import { loginMessages } from "./messages";
import { refusalOf, useTRPC } from "../trpc";

// Only the roles that need a second factor load its screens.
const SecondFactorStep = lazy(() => import("./second-factor-step").then((m) => ({ default: m.SecondFactorStep })));

export function LoginPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useMessages(loginMessages);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: (result) => {
        if (!result.secondFactor) void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      },
    }),
  );
  const refusal = refusalOf(login.error);
  const secondFactor = login.data?.secondFactor;
  if (secondFactor) {
    return (
      <Suspense fallback={<p role="status">{t("login.busy")}</p>}>
        <SecondFactorStep step={secondFactor} onBack={() => login.reset()} />
      </Suspense>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    login.mutate({ email, password });
  }

  return (
    <main className="login">
      <Card title={t("login.title")}>
        <form onSubmit={submit} noValidate>
          <Field
            label={t("login.email")}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={refusal?.fieldErrors.email?.[0]}
          />
          <Field
            label={t("login.password")}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          {refusal && !refusal.fieldErrors.email ? <Alert>{refusal.message}</Alert> : null}
          <Button type="submit" disabled={login.isPending}>
            {login.isPending ? t("login.busy") : t("login.submit")}
          </Button>
        </form>
      </Card>
    </main>
  );
}
