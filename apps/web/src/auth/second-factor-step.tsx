import { Alert, Button, Card, Field } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useMessages } from "../i18n/locale";
import { refusalOf, useTRPC } from "../trpc";
import { loginMessages } from "./messages";

// The sign-in's second step for the roles that need it (apps/api/src/auth/second-factor.ts): a code
// from the authenticator app, or setting the app up first. A chunk of its own: most people never load it.

function CodeForm({
  label,
  submit,
  busy,
  error,
  onSubmit,
  hint,
}: {
  label: string;
  submit: string;
  busy: boolean;
  error: ReturnType<typeof refusalOf>;
  onSubmit: (code: string) => void;
  hint?: string;
}) {
  const [code, setCode] = useState("");
  function send(event: FormEvent) {
    event.preventDefault();
    onSubmit(code);
  }
  return (
    <form onSubmit={send} noValidate>
      <Field
        label={label}
        hint={hint}
        autoComplete="one-time-code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={error?.fieldErrors.code?.[0]}
      />
      {error && !error.fieldErrors.code ? <Alert>{error.message}</Alert> : null}
      <Button type="submit" disabled={busy}>
        {submit}
      </Button>
    </form>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useMessages(loginMessages);
  return (
    <Card title={t("recovery.title")}>
      <p>{t("recovery.intro", { count: codes.length })}</p>
      <ul data-testid="recovery-codes" className="recovery-codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <Button onClick={onDone}>{t("recovery.continue")}</Button>
    </Card>
  );
}

function Enrolment({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const { t } = useMessages(loginMessages);
  const start = useMutation(trpc.auth.startSecondFactorEnrolment.mutationOptions());
  const confirm = useMutation(trpc.auth.confirmSecondFactor.mutationOptions());
  if (confirm.data) return <RecoveryCodes codes={confirm.data.recoveryCodes} onDone={onDone} />;
  return (
    <Card title={t("enrol.title")}>
      <p>{t("enrol.intro")}</p>
      {start.data ? (
        <>
          <img src={start.data.qrSvgDataUrl} alt={t("enrol.qrAlt")} width={200} height={200} />
          <p>
            {t("enrol.secret")} <code data-testid="totp-secret">{start.data.secret}</code> {t("enrol.secretOnce")}
          </p>
          <CodeForm
            label={t("enrol.code")}
            submit={confirm.isPending ? t("secondFactor.busy") : t("enrol.confirm")}
            busy={confirm.isPending}
            error={refusalOf(confirm.error)}
            onSubmit={(code) => confirm.mutate({ code })}
          />
        </>
      ) : (
        <>
          {start.error ? <Alert>{refusalOf(start.error)?.message}</Alert> : null}
          <Button onClick={() => start.mutate()} disabled={start.isPending}>
            {t("enrol.start")}
          </Button>
        </>
      )}
    </Card>
  );
}

export function SecondFactorStep({ step, onBack }: { step: "verify" | "enrol"; onBack: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useMessages(loginMessages);
  const signedIn = () => void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
  const verify = useMutation(trpc.auth.verifySecondFactor.mutationOptions({ onSuccess: signedIn }));

  return (
    <main className="login">
      {step === "enrol" ? (
        <Enrolment onDone={signedIn} />
      ) : (
        <Card title={t("secondFactor.title")}>
          <p>{t("secondFactor.intro")}</p>
          <CodeForm
            label={t("secondFactor.code")}
            hint={t("secondFactor.codeHint")}
            submit={verify.isPending ? t("secondFactor.busy") : t("secondFactor.submit")}
            busy={verify.isPending}
            error={refusalOf(verify.error)}
            onSubmit={(code) => verify.mutate({ code })}
          />
        </Card>
      )}
      <Button variant="secondary" onClick={onBack}>
        {t("secondFactor.back")}
      </Button>
    </main>
  );
}
