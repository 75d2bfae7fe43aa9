import { discardInboundMailInput, releaseInboundMailInput } from "@reskontra/contracts/support";
import { Alert, Button, Card, DateTimeText, Field } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { Link } from "wouter";
import { inputResolver } from "../../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../../forms/server-errors";
import { useTRPC } from "../../trpc";
import { reasonKey, useMailText } from "./texts";
import "./mail.css";

interface ReleaseForm {
  ticketNumber: string;
}
interface DiscardForm {
  note: string;
}
const releaseFieldOf: FieldOf<ReleaseForm> = (path) => (path === "ticketNumber" ? "ticketNumber" : null);
const discardFieldOf: FieldOf<DiscardForm> = (path) => (path === "note" ? "note" : null);

/** One quarantined mail: who sent it, why it is here, its headers and text; release or discard it. */
export function QuarantinedMailPage({ id }: { id: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { mt, locale } = useMailText();
  const mail = useQuery(trpc.support.mail.view.queryOptions({ inboundMailId: id }));
  const refresh = () => queryClient.invalidateQueries(trpc.support.mail.pathFilter());
  const release = useMutation(trpc.support.mail.release.mutationOptions({ onSuccess: refresh }));
  const discard = useMutation(trpc.support.mail.discard.mutationOptions({ onSuccess: refresh }));

  const releaseForm = useForm<ReleaseForm, unknown, { inboundMailId: string; ticketNumber?: number }>({
    resolver: inputResolver(
      releaseInboundMailInput,
      (f: ReleaseForm) => {
        const typed = f.ticketNumber.trim().replace(/^#/, "");
        return { inboundMailId: id, ...(typed === "" ? {} : { ticketNumber: /^\d+$/.test(typed) ? Number(typed) : Number.NaN }) };
      },
      releaseFieldOf,
      locale,
    ),
    defaultValues: { ticketNumber: "" },
  });
  const discardForm = useForm<DiscardForm, unknown, { inboundMailId: string; note: string }>({
    resolver: inputResolver(
      discardInboundMailInput,
      (f: DiscardForm) => ({ inboundMailId: id, note: f.note }),
      discardFieldOf,
      locale,
    ),
    defaultValues: { note: "" },
  });
  const releaseErrors = useServerErrors(releaseForm.setError, release.error, releaseFieldOf);
  const discardErrors = useServerErrors(discardForm.setError, discard.error, discardFieldOf);

  const back = <Link href="/support/mail">{mt("back")}</Link>;
  if (release.data) {
    return (
      <>
        <Alert tone="success">{mt("release.done", { number: release.data.ticketNumber })}</Alert>
        {back}
      </>
    );
  }
  if (discard.isSuccess) {
    return (
      <>
        <Alert tone="success">{mt("discard.done")}</Alert>
        {back}
      </>
    );
  }
  if (mail.error) {
    return (
      <>
        <Alert>{mail.error.message}</Alert>
        {back}
      </>
    );
  }
  const m = mail.data;
  if (!m) return <p>{mt("loading")}</p>;
  const quarantined = m.status === "quarantined";
  // The schema's words for a bad number are generic; the server's refusal (no such request) is its own.
  const typedError = releaseForm.formState.errors.ticketNumber;
  const ticketNumberError = typedError
    ? typedError.type === "server"
      ? typedError.message
      : mt("error.ticketNumber")
    : undefined;
  return (
    <div className="support-mail">
      {back}
      <Card title={m.subject || mt("noSubject")}>
        <dl className="support-mail-facts">
          <dt>{mt("col.from")}</dt>
          <dd>{m.fromAddress ?? mt("noSender")}</dd>
          <dt>{mt("col.mailbox")}</dt>
          <dd>{m.mailboxAddress}</dd>
          <dt>{mt("col.received")}</dt>
          <dd>
            <DateTimeText instant={m.receivedAt} locale={locale} />
          </dd>
          <dt>{mt("col.reason")}</dt>
          <dd data-testid="quarantine-reason">{mt(reasonKey(m.reason))}</dd>
        </dl>
        {m.malformed ? <Alert tone="info">{mt("malformed")}</Alert> : null}
        <h3>{mt("text")}</h3>
        <pre className="support-mail-text">{m.text}</pre>
        {m.attachments.length > 0 ? (
          <>
            <h3>{mt("attachments")}</h3>
            <ul>
              {m.attachments.map((a, i) => (
                <li key={`${a.fileName}-${i}`}>
                  {a.fileName} ({a.declaredType}, {mt("size", { kb: Math.max(1, Math.round(a.sizeBytes / 1024)) })})
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {m.headers.length > 0 ? (
          <details>
            <summary>{mt("headers")}</summary>
            <pre className="support-mail-headers">{m.headers.map((h) => `${h.name}: ${h.value}`).join("\n")}</pre>
          </details>
        ) : null}
      </Card>
      {quarantined ? (
        <>
          <Card title={mt("release.title")}>
            <form onSubmit={(e) => void releaseForm.handleSubmit((input) => release.mutate(input))(e)} noValidate>
              <Field
                label={mt("release.ticketNumber")}
                hint={mt("release.hint")}
                inputMode="numeric"
                {...releaseForm.register("ticketNumber")}
                error={ticketNumberError}
              />
              {releaseErrors.general ? <Alert>{releaseErrors.general}</Alert> : null}
              <Button type="submit" disabled={release.isPending}>
                {mt("release.submit")}
              </Button>
            </form>
          </Card>
          <Card title={mt("discard.title")}>
            <form onSubmit={(e) => void discardForm.handleSubmit((input) => discard.mutate(input))(e)} noValidate>
              <Field
                label={mt("discard.note")}
                {...discardForm.register("note")}
                error={discardForm.formState.errors.note?.message}
              />
              {discardErrors.general ? <Alert>{discardErrors.general}</Alert> : null}
              <Button type="submit" disabled={discard.isPending}>
                {mt("discard.submit")}
              </Button>
            </form>
          </Card>
        </>
      ) : null}
    </div>
  );
}
