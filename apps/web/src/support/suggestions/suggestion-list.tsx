import { SUGGESTION_STATUSES } from "@reskontra/domain";
import { Alert, Button, Card, SelectField, StatusBadge, type BadgeTone } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { refusalOf, useTRPC } from "../../trpc";
import type { Stage, Suggestion } from "./api-types";
import { useSuggestionText } from "./texts";

const TONE: Record<Stage, BadgeTone> = {
  new: "info",
  under_review: "warning",
  planned: "info",
  done: "success",
  declined: "neutral",
  merged: "neutral",
};

export function StageBadge({ stage }: { stage: Stage }) {
  const { gt } = useSuggestionText();
  return <StatusBadge tone={TONE[stage]}>{gt(`status.${stage}`)}</StatusBadge>;
}

/** The vote count, and the button that gives or takes back the caller's vote (never on their own). */
export function Votes({ suggestion }: { suggestion: Suggestion }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { gt } = useSuggestionText();
  const options = { onSuccess: () => queryClient.invalidateQueries(trpc.support.suggestions.pathFilter()) };
  const vote = useMutation(trpc.support.suggestions.vote.mutationOptions(options));
  const unvote = useMutation(trpc.support.suggestions.unvote.mutationOptions(options));
  const busy = vote.isPending || unvote.isPending;
  const refusal = refusalOf(vote.error ?? unvote.error);
  return (
    <div className="suggestion-votes">
      <span className="suggestion-votes__count" data-testid="vote-count">
        {gt("list.votes", { count: suggestion.voteCount })}
      </span>
      {suggestion.votedByMe ? (
        <Button variant="secondary" disabled={busy} onClick={() => unvote.mutate({ suggestionId: suggestion.id })}>
          {gt("list.unvote")}
        </Button>
      ) : suggestion.canVote ? (
        <Button disabled={busy} onClick={() => vote.mutate({ suggestionId: suggestion.id })}>
          {gt("list.vote")}
        </Button>
      ) : null}
      {suggestion.mine ? <StatusBadge>{gt("list.mineBadge")}</StatusBadge> : null}
      {refusal ? <Alert>{refusal.message}</Alert> : null}
    </div>
  );
}

function SuggestionItem({ s }: { s: Suggestion }) {
  const { gt } = useSuggestionText();
  return (
    <li className="suggestion-item" data-testid={`suggestion-${s.number}`}>
      <div className="suggestion-item__head">
        <Link to={`/support/suggestions/${s.id}`}>
          #{s.number} {s.title}
        </Link>{" "}
        <StageBadge stage={s.stage} /> <span className="suggestion-muted">{gt(`category.${s.category}`)}</span>
      </div>
      <p className="suggestion-item__text">{s.description}</p>
      {s.mergedInto ? <p className="suggestion-muted">{gt("list.mergedInto", { number: s.mergedInto.number })}</p> : null}
      {s.decisionNote && !s.mergedInto ? (
        <p className="suggestion-muted">{gt("list.reason", { reason: s.decisionNote })}</p>
      ) : null}
      <Votes suggestion={s} />
    </li>
  );
}

/** Everyone's suggestions with their status and votes; filters by status, order and one's own. */
export function SuggestionList() {
  const trpc = useTRPC();
  const { gt } = useSuggestionText();
  // The home page links here with ?status= (the product team's suggestions to review).
  const [status, setStatus] = useState<Stage | "">(
    () => (new URLSearchParams(window.location.search).get("status") ?? "") as Stage | "",
  );
  const [sort, setSort] = useState<"votes" | "newest">("votes");
  const [mine, setMine] = useState(false);
  const list = useQuery(trpc.support.suggestions.list.queryOptions({ ...(status ? { status } : {}), sort, mine, limit: 100 }));
  return (
    <Card title={gt("title")}>
      <p className="suggestion-muted">{gt("intro")}</p>
      <div className="suggestion-filters">
        <SelectField
          label={gt("list.filterStatus")}
          value={status}
          onChange={(e) => setStatus(e.target.value as Stage | "")}
          options={[
            { value: "", label: gt("list.allStatuses") },
            ...[...SUGGESTION_STATUSES, "merged" as const].map((s) => ({ value: s, label: gt(`status.${s}`) })),
          ]}
        />
        <SelectField
          label={gt("list.sort")}
          value={sort}
          onChange={(e) => setSort(e.target.value === "newest" ? "newest" : "votes")}
          options={[
            { value: "votes", label: gt("list.sortVotes") },
            { value: "newest", label: gt("list.sortNewest") },
          ]}
        />
        <label className="suggestion-check">
          <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} /> {gt("list.mine")}
        </label>
      </div>
      {list.error ? <Alert>{refusalOf(list.error)?.message}</Alert> : null}
      {!list.data ? (
        <p>{gt("loading")}</p>
      ) : list.data.length === 0 ? (
        <p className="rk-empty">{gt("list.empty")}</p>
      ) : (
        <ul className="suggestion-items">
          {list.data.map((s) => (
            <SuggestionItem key={s.id} s={s} />
          ))}
        </ul>
      )}
    </Card>
  );
}
