import { Alert, Button, Card, DateTimeText, StatusBadge } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "wouter";
import { refusalOf, useTRPC } from "../../trpc";
import type { AgentTicket } from "./api-types";
import { ComposeBox } from "./compose-box";
import { MergeDialog } from "./merge-dialog";
import { SlaClockBadge } from "./sla-badge";
import { TicketControls } from "./ticket-controls";
import { TicketHistory } from "./ticket-history";
import { TicketPanels } from "./ticket-panels";
import { useWorkspaceText } from "./use-workspace-text";

/** The agent's page of one ticket: handling controls, SLA, the whole thread with notes, replies, merge, history. */
export function AgentTicketPage() {
  const { ticketId = "" } = useParams();
  const trpc = useTRPC();
  const { t } = useWorkspaceText();
  const ticket = useQuery(trpc.support.workspace.ticket.queryOptions({ ticketId }));
  if (ticket.error) return <Alert>{refusalOf(ticket.error)?.message ?? t("ticket.notFound")}</Alert>;
  if (!ticket.data) return <p role="status">{t("loading")}</p>;
  return <TicketView ticket={ticket.data} />;
}

function Thread({ ticket }: { ticket: AgentTicket }) {
  const { t, locale } = useWorkspaceText();
  return (
    <ol className="ws-thread" data-testid="ws-thread">
      {ticket.messages.map((m) => (
        <li key={m.id} className={`ws-message ws-message--${m.kind}`}>
          <header>
            <StatusBadge tone={m.kind === "note" ? "warning" : m.kind === "reply" ? "info" : "neutral"}>
              {t(`thread.kind.${m.kind}`)}
            </StatusBadge>{" "}
            <strong>{m.authorName ?? m.authorEmail ?? ticket.requesterName ?? ""}</strong>{" "}
            <DateTimeText instant={m.createdAt} locale={locale} />
            {m.fromTicketNumber ? (
              <small className="rk-hint"> · {t("thread.fromTicket", { number: m.fromTicketNumber })}</small>
            ) : null}
          </header>
          <p className="ws-body">{m.body}</p>
          {m.attachments.length > 0 ? (
            <ul className="ws-attachments">
              {m.attachments.map((a) => (
                <li key={a.id}>{a.fileName}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function TicketView({ ticket }: { ticket: AgentTicket }) {
  const { t, locale } = useWorkspaceText();
  const [merging, setMerging] = useState(false);
  return (
    <>
      <p>
        <Link to="/support/workspace">{t("ticket.back")}</Link>
      </p>
      <Card title={t("ticket.title", { number: ticket.number, subject: ticket.subject })}>
        {ticket.mergedInto ? (
          <Alert tone="info">
            <Link to={`/support/workspace/tickets/${ticket.mergedInto.id}`}>
              {t("ticket.mergedInto", { number: ticket.mergedInto.number })}
            </Link>
          </Alert>
        ) : null}
        <dl className="ws-facts">
          <dt>{t("ticket.requester")}</dt>
          <dd>
            {ticket.requesterName ?? "–"}{" "}
            {ticket.requesterEmail ? <small className="rk-hint">{ticket.requesterEmail}</small> : null}
          </dd>
          <dt>{t("ticket.organization")}</dt>
          <dd>{ticket.organizationName ?? "–"}</dd>
          <dt>{t("ticket.created")}</dt>
          <dd>
            <DateTimeText instant={ticket.createdAt} locale={locale} /> · {t(`channel.${ticket.channel}`)}
          </dd>
          <dt>{t("sla.firstResponse")}</dt>
          <dd>
            <SlaClockBadge clock={ticket.sla.firstResponse} testId="ws-sla-first" />
          </dd>
          <dt>{t("sla.resolution")}</dt>
          <dd>
            <SlaClockBadge clock={ticket.sla.resolution} testId="ws-sla-resolution" />
          </dd>
          {ticket.mergedFrom.length > 0 ? (
            <>
              <dt>{t("ticket.mergedFrom")}</dt>
              <dd>
                {ticket.mergedFrom.map((m) => (
                  <Link key={m.id} to={`/support/workspace/tickets/${m.id}`}>
                    #{m.number}{" "}
                  </Link>
                ))}
              </dd>
            </>
          ) : null}
        </dl>
        <TicketControls ticket={ticket} />
      </Card>
      <TicketPanels ticketId={ticket.id} />
      <Card title={t("thread.title")}>
        <Thread ticket={ticket} />
        {ticket.mergedInto ? null : <ComposeBox ticket={ticket} />}
      </Card>
      {merging ? (
        <MergeDialog ticketId={ticket.id} onClose={() => setMerging(false)} />
      ) : ticket.mergedInto ? null : (
        <p>
          <Button variant="secondary" onClick={() => setMerging(true)}>
            {t("merge.open")}
          </Button>
        </p>
      )}
      <Card title={t("history.title")}>
        <TicketHistory history={ticket.history} />
      </Card>
    </>
  );
}
