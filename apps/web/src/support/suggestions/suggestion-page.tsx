import { SUGGESTION_STATUSES } from "@reskontra/domain";
import { Alert, Button, Card, DateTimeText } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { refusalOf, useTRPC, useTRPCClient } from "../../trpc";
import type { HistoryEntry } from "./api-types";
import { StageBadge, Votes } from "./suggestion-list";
import { useSuggestionText } from "./texts";

type Gt = ReturnType<typeof useSuggestionText>["gt"];

function statusWord(gt: Gt, status: string | null): string {
  const known = SUGGESTION_STATUSES.find((s) => s === status);
  return known ? gt(`status.${known}`) : "–";
}

/** One history row in words; the actor's name is there only for the operator's staff. */
export function historyText(gt: Gt, e: HistoryEntry): string {
  const what = (() => {
    switch (e.action) {
      case "filed":
        return gt("history.filed");
      case "status_changed":
        return gt("history.status_changed", { from: statusWord(gt, e.fromStatus), to: statusWord(gt, e.toStatus) });
      case "merged":
        return gt("history.merged", { number: e.mergedIntoNumber ?? "" });
      case "duplicate_received":
        return gt("history.duplicate_received", { number: e.duplicateNumber ?? "" });
      case "voted":
        return gt("history.voted");
      case "unvoted":
        return gt("history.unvoted");
      default:
        return e.action;
    }
  })();
  return e.actorName ? `${what} ${gt("history.by", { name: e.actorName })}` : what;
}

/** Opens an attachment: the bytes come through the api, which serves them only to those who may see them. */
function AttachmentButton({ id, fileName }: { id: string; fileName: string }) {
  const client = useTRPCClient();
  const { gt } = useSuggestionText();
  return (
    <Button
      variant="secondary"
      onClick={() =>
        void client.support.suggestions.attachment.query({ attachmentId: id }).then((file) => {
          const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
          const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
          const a = document.createElement("a");
          a.href = url;
          a.download = file.fileName;
          a.click();
          setTimeout(() => URL.revokeObjectURL(url), 10_000);
        })
      }
    >
      {gt("detail.open")} {fileName}
    </Button>
  );
}

export function SuggestionPage({ suggestionId }: { suggestionId: string }) {
  const trpc = useTRPC();
  const { gt, locale } = useSuggestionText();
  const suggestion = useQuery(trpc.support.suggestions.get.queryOptions({ suggestionId }));
  const history = useQuery(trpc.support.suggestions.history.queryOptions({ suggestionId }));
  if (suggestion.error) return <Alert>{refusalOf(suggestion.error)?.message}</Alert>;
  const s = suggestion.data;
  if (!s) return <p>{gt("loading")}</p>;
  return (
    <Card
      title={
        <>
          #{s.number} {s.title} <StageBadge stage={s.stage} />
        </>
      }
      actions={<Link to="/support/suggestions">{gt("detail.back")}</Link>}
    >
      <div className="suggestion-detail" data-testid="suggestion-detail">
        <p>{s.description}</p>
        <h3>{gt("detail.benefit")}</h3>
        <p>{s.benefit}</p>
        <h3>{gt("detail.currentDifficulty")}</h3>
        <p>{s.currentDifficulty}</p>
        <dl className="suggestion-facts">
          <dt>{gt("form.category")}</dt>
          <dd>{gt(`category.${s.category}`)}</dd>
          <dt>{gt("detail.month")}</dt>
          <dd>{s.reviewMonth}</dd>
          {s.requester ? (
            <>
              <dt>{gt("detail.requester")}</dt>
              <dd>
                {s.requester.filedByAgentName
                  ? gt("detail.filedBy", { name: s.requester.name, agent: s.requester.filedByAgentName })
                  : s.requester.name}
                {s.requester.organizationName ? `, ${s.requester.organizationName}` : ""}
              </dd>
            </>
          ) : null}
          <dt>{gt("detail.created")}</dt>
          <dd>
            <DateTimeText instant={s.createdAt} locale={locale} />
          </dd>
        </dl>
        {s.mergedInto ? (
          <p>
            <Link to={`/support/suggestions/${s.mergedInto.id}`}>{gt("list.mergedInto", { number: s.mergedInto.number })}</Link>
          </p>
        ) : null}
        {s.decisionNote && !s.mergedInto ? <p>{gt("list.reason", { reason: s.decisionNote })}</p> : null}
        {s.attachments.length > 0 ? (
          <>
            <h3>{gt("detail.attachments")}</h3>
            {s.attachments.map((a) => (
              <AttachmentButton key={a.id} id={a.id} fileName={a.fileName} />
            ))}
          </>
        ) : null}
        <Votes suggestion={s} />
        <h3>{gt("detail.history")}</h3>
        <ol className="suggestion-history" data-testid="suggestion-history">
          {(history.data ?? []).map((e) => (
            <li key={e.id}>
              <DateTimeText instant={e.at} locale={locale} /> {historyText(gt, e)}
              {e.reason && e.action !== "filed" ? <span className="suggestion-muted"> — {e.reason}</span> : null}
            </li>
          ))}
        </ol>
      </div>
    </Card>
  );
}
