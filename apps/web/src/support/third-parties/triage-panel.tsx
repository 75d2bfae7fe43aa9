import { Alert, Button, Card, StatusBadge, TextAreaField } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../../trpc";
import type { AgentSuggestion } from "./api-types";
import { reasonText } from "./reason-text";
import { useThirdPartyText } from "./texts";
import "./third-parties.css";

/** The suggested third party for a ticket and "forward by mail", on the agent's ticket view. */
export function TriagePanel({ ticketId }: { ticketId: string }) {
  const trpc = useTRPC();
  const { tt } = useThirdPartyText();
  const triage = useQuery(trpc.support.thirdParties.suggestForTicket.queryOptions({ ticketId }));
  if (triage.error) return <Alert>{triage.error.message}</Alert>;
  if (!triage.data) return <p role="status">{tt("loading")}</p>;
  if (triage.data.view !== "agent") return null;
  const { ticket, suggestions } = triage.data;
  return (
    <Card title={tt("triage.title")}>
      <section className="third-party-triage" data-testid="triage-panel" aria-label={tt("triage.title")}>
        <p>
          {tt("triage.ticket", { number: String(ticket.number), subject: ticket.subject })}{" "}
          <StatusBadge tone={ticket.status === "waiting_third_party" ? "info" : "neutral"} testId="triage-ticket-status">
            {tt(`ticketStatus.${ticket.status}`)}
          </StatusBadge>
        </p>
        {ticket.forwardedTo ? <Alert tone="info">{tt("triage.forwardedTo", { name: ticket.forwardedTo.name })}</Alert> : null}
        {suggestions.length === 0 ? <p>{tt("triage.none")}</p> : null}
        {suggestions.map((s, i) => (
          <SuggestionCard
            key={s.thirdParty.id}
            suggestion={s}
            top={i === 0}
            ticketId={ticketId}
            attachmentCount={ticket.attachmentCount}
            closed={ticket.status === "closed"}
          />
        ))}
      </section>
    </Card>
  );
}

function SuggestionCard(props: {
  suggestion: AgentSuggestion;
  top: boolean;
  ticketId: string;
  attachmentCount: number;
  closed: boolean;
}) {
  const { suggestion: s } = props;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { tt, locale } = useThirdPartyText();
  const [note, setNote] = useState("");
  const forward = useMutation(
    trpc.support.thirdParties.forward.mutationOptions({
      // The ticket's status changed: every view of it (this panel, the workspace's) reloads.
      onSuccess: () => queryClient.invalidateQueries(trpc.support.pathFilter()),
    }),
  );
  const party = s.thirdParty;
  return (
    <article
      className={props.top ? "third-party-suggestion third-party-suggestion--top" : "third-party-suggestion"}
      data-testid={`suggestion-${party.name}`}
    >
      <h3>{party.name}</h3>
      <p>
        {tt(`kind.${party.kind}`)}
        {s.topic ? ` · ${tt("triage.topic", { title: locale === "en" ? s.topic.titleEn : s.topic.titleFi })}` : null}
      </p>
      <p>{[party.phone, party.email, party.website].filter(Boolean).join(" · ")}</p>
      <details open={props.top}>
        <summary>{tt("triage.reasons")}</summary>
        <ul>
          {s.reasons.map((r, i) => (
            <li key={i}>{reasonText(locale, r)}</li>
          ))}
        </ul>
      </details>
      {forward.isSuccess ? (
        <Alert tone="success">
          {tt("triage.forwarded", { to: forward.data.toAddress, count: String(forward.data.attachmentCount) })}
        </Alert>
      ) : party.email ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            forward.mutate({ ticketId: props.ticketId, thirdPartyId: party.id, note });
          }}
        >
          <TextAreaField label={tt("triage.note")} value={note} onChange={(e) => setNote(e.target.value)} />
          {props.attachmentCount > 0 ? <p>{tt("triage.attachments", { count: String(props.attachmentCount) })}</p> : null}
          {forward.error ? <Alert>{forward.error.message}</Alert> : null}
          <Button type="submit" disabled={forward.isPending || props.closed}>
            {tt("triage.forward", { name: party.name })}
          </Button>
        </form>
      ) : (
        <p>{tt("triage.noEmail")}</p>
      )}
    </article>
  );
}
