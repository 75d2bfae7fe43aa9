import { DateTimeText } from "@reskontra/ui";
import type { AgentTicket } from "./api-types";
import type { WorkspaceMessageKey } from "./messages";
import { workspaceMessages } from "./messages";
import { useWorkspaceText } from "./use-workspace-text";

type Event = AgentTicket["history"][number];

const isKey = (key: string): key is WorkspaceMessageKey => key in workspaceMessages.fi;

/** The ticket's own history, oldest first: what changed, from what to what, by whom. */
export function TicketHistory({ history }: { history: Event[] }) {
  const { t, locale } = useWorkspaceText();
  const changeOf = (e: Event): string | null => {
    if (e.status) return t(`status.${e.status}`);
    const after = e.after ?? {};
    if (typeof after.priority === "string" && isKey(`priority.${after.priority}`))
      return t(`priority.${after.priority}` as WorkspaceMessageKey);
    if (typeof after.category === "string" && isKey(`category.${after.category}`))
      return t(`category.${after.category}` as WorkspaceMessageKey);
    if (typeof after.mergedIntoNumber === "number") return `#${after.mergedIntoNumber}`;
    if (typeof after.mergedFromNumber === "number") return `#${after.mergedFromNumber}`;
    return null;
  };
  return (
    <ol className="ws-history" data-testid="ws-history">
      {history.map((e) => {
        const key = `action.${e.action}`;
        const change = changeOf(e);
        return (
          <li key={e.id}>
            <DateTimeText instant={e.at} locale={locale} /> {isKey(key) ? t(key) : t("action.other")}
            {change ? <strong> → {change}</strong> : null}
            <small className="rk-hint"> · {e.actorName ?? t("history.system")}</small>
          </li>
        );
      })}
    </ol>
  );
}
