import { replyTicketInput } from "@reskontra/contracts/support";
import { Alert, Button, Card, DateTimeText, StatusBadge, TextAreaField } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link, useParams } from "wouter";
import { inputResolver } from "../../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../../forms/server-errors";
import { refusalOf, useTRPC } from "../../trpc";
import { ThirdPartyHint } from "../third-parties/third-party-hint";
import { TicketPanels } from "../workspace/ticket-panels";
import type { TicketView } from "./api-types";
import { AttachmentPicker, uploadAll } from "./attachment-picker";
import { STATUS_TONE } from "./labels";
import { IdentifierList, LinkedText } from "./linked-text";
import { useTicketText } from "./use-ticket-text";

/** One request: its thread with the numbers linked for this viewer, its files, a reply box. */
export function TicketPage() {
  const { ticketId = "" } = useParams<{ ticketId: string }>();
  const trpc = useTRPC();
  const { t, locale } = useTicketText();
  const ticket = useQuery(trpc.support.tickets.get.queryOptions({ ticketId }));
  if (ticket.isPending) return <p role="status">…</p>;
  if (!ticket.data) return <Alert>{refusalOf(ticket.error)?.message ?? ""}</Alert>;
  const data = ticket.data;
  const allIdentifiers = [...data.subjectIdentifiers, ...data.messages.flatMap((m) => m.identifiers)];
  return (
    <div className="ticket-page">
      <p>
        <Link to="/support/tickets">← {t("ticket.back")}</Link>
      </p>
      <Card
        title={
          <>
            {t("ticket.title", { number: data.number })}: <LinkedText text={data.subject} identifiers={data.subjectIdentifiers} />
          </>
        }
        actions={
          <StatusBadge tone={STATUS_TONE[data.status]} testId="ticket-status">
            {t(`status.${data.status}`)}
          </StatusBadge>
        }
      >
        <dl className="ticket-facts">
          <dt>{t("ticket.category")}</dt>
          <dd>{t(`category.${data.category}`)}</dd>
          <dt>{t("ticket.priority")}</dt>
          <dd>{t(`priority.${data.priority}`)}</dd>
          <dt>{t("ticket.created")}</dt>
          <dd>
            <DateTimeText instant={data.createdAt} locale={locale} />
          </dd>
          {data.requesterName ? (
            <>
              <dt>{t("ticket.requester")}</dt>
              <dd>{data.requesterName}</dd>
            </>
          ) : null}
        </dl>
        {data.fromVoucherErrorReport ? <p className="rk-hint">{t("ticket.fromVoucherReport")}</p> : null}
        {data.sentWithoutIdentifier ? <p className="rk-hint">{t("ticket.withoutIdentifier")}</p> : null}
        {allIdentifiers.length > 0 ? (
          <section>
            <h3>{t("ticket.links")}</h3>
            <IdentifierList identifiers={allIdentifiers} />
          </section>
        ) : null}
      </Card>
      <ThirdPartyHint ticketId={data.id} />
      <Card title={t("ticket.thread")}>
        <ol className="ticket-thread">
          {data.messages.map((m) => (
            <li key={m.id} className={`ticket-message ticket-message--${m.kind}`} data-testid="ticket-message">
              <header>
                <strong>
                  {m.mine
                    ? t("ticket.you")
                    : m.kind === "customer"
                      ? (m.authorName ?? "")
                      : (m.authorName ?? t("ticket.support"))}
                </strong>{" "}
                <small>
                  {t(`kind.${m.kind}`)} · <DateTimeText instant={m.createdAt} locale={locale} />
                </small>
              </header>
              <p className="ticket-body">
                <LinkedText text={m.body} identifiers={m.identifiers} />
              </p>
              {m.attachments.length > 0 ? (
                <ul className="ticket-attachments" aria-label={t("ticket.attachments")}>
                  {m.attachments.map((a) => (
                    <li key={a.id}>
                      <a href={`/files/support/attachments/${a.id}`} download={a.fileName} data-testid="ticket-attachment">
                        {a.fileName}
                      </a>{" "}
                      <small>({t("file.size", { kb: Math.max(1, Math.round(a.sizeBytes / 1024)) })})</small>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
        {data.replyStartsNewTicket ? (
          <Alert tone="info">
            {t("ticket.closed")} <Link to="/support/tickets/new">{t("list.new")}</Link>
          </Alert>
        ) : null}
        {data.canReply ? <ReplyBox ticket={data} /> : null}
      </Card>
      {data.viewerIsAgent ? <TicketPanels ticketId={data.id} /> : null}
    </div>
  );
}

type ReplyForm = { body: string };
const replyFieldOf: FieldOf<ReplyForm> = (path) => (path === "body" ? "body" : null);

function ReplyBox({ ticket }: { ticket: TicketView }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useTicketText();
  const [files, setFiles] = useState<File[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const form = useForm<ReplyForm, unknown, { ticketId: string; body: string }>({
    resolver: inputResolver(
      replyTicketInput,
      (f: ReplyForm) => ({ ticketId: ticket.id, body: f.body }),
      replyFieldOf,
      locale,
      t("form.required"),
    ),
    defaultValues: { body: "" },
  });
  const refresh = () => queryClient.invalidateQueries(trpc.support.tickets.pathFilter());
  const reply = useMutation(
    trpc.support.tickets.reply.mutationOptions({
      onSuccess: async ({ id }) => {
        setProblems(await uploadAll(ticket.id, id, files, (name, reason) => t("file.failed", { name, reason })));
        setFiles([]);
        form.reset();
        await refresh();
      },
    }),
  );
  const resolve = useMutation(trpc.support.tickets.resolve.mutationOptions({ onSuccess: refresh }));
  const { general } = useServerErrors(form.setError, reply.error, replyFieldOf);
  return (
    <form className="ticket-reply" onSubmit={(e) => void form.handleSubmit((input) => reply.mutate(input))(e)} noValidate>
      <h3>{t("ticket.reply")}</h3>
      {general ? <Alert>{general}</Alert> : null}
      {problems.map((p) => (
        <Alert key={p}>{p}</Alert>
      ))}
      <TextAreaField
        label={t("ticket.replyLabel")}
        rows={4}
        {...form.register("body")}
        error={form.formState.errors.body?.message}
      />
      <AttachmentPicker files={files} onChange={setFiles} />
      <div className="ticket-actions">
        <Button type="submit" disabled={reply.isPending}>
          {t("ticket.send")}
        </Button>
        {ticket.canResolve ? (
          <Button variant="secondary" disabled={resolve.isPending} onClick={() => resolve.mutate({ ticketId: ticket.id })}>
            {t("ticket.resolve")}
          </Button>
        ) : null}
      </div>
      {resolve.error ? <Alert>{refusalOf(resolve.error)?.message ?? ""}</Alert> : null}
    </form>
  );
}
