import { Alert, Button, SelectField } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { refusalOf, useTRPC } from "../../trpc";
import type { AgentTicket } from "./api-types";
import { categoryOptions, priorityOptions, statusOptions } from "./labels";
import { useWorkspaceText } from "./use-workspace-text";

/** Status, priority, topic, queue and assignee: each change is saved as it is chosen. */
export function TicketControls({ ticket }: { ticket: AgentTicket }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useWorkspaceText();
  const lines = useQuery(trpc.support.workspace.lines.queryOptions());
  const agents = useQuery(trpc.support.workspace.agents.queryOptions());
  const onSuccess = () => queryClient.invalidateQueries(trpc.support.workspace.pathFilter());
  const update = useMutation(trpc.support.workspace.update.mutationOptions({ onSuccess }));
  const assign = useMutation(trpc.support.workspace.assign.mutationOptions({ onSuccess }));
  const take = useMutation(trpc.support.workspace.take.mutationOptions({ onSuccess }));
  const merged = ticket.mergedInto !== null;
  const busy = update.isPending || assign.isPending || take.isPending || merged;
  const error = refusalOf(update.error ?? assign.error ?? take.error);
  // "new" belongs to filing: offered only while the ticket still is new.
  const statuses = statusOptions(t).filter((o) => o.value !== "new" || ticket.status === "new");
  return (
    <div className="ws-controls">
      {error ? <Alert>{error.message}</Alert> : null}
      <SelectField
        label={t("filter.status")}
        options={statuses}
        value={ticket.status}
        disabled={busy}
        onChange={(e) => update.mutate({ ticketId: ticket.id, status: statuses.find((s) => s.value === e.target.value)?.value })}
      />
      <SelectField
        label={t("filter.priority")}
        options={priorityOptions(t)}
        value={ticket.priority}
        disabled={busy}
        onChange={(e) =>
          update.mutate({ ticketId: ticket.id, priority: priorityOptions(t).find((p) => p.value === e.target.value)?.value })
        }
      />
      <SelectField
        label={t("filter.category")}
        options={categoryOptions(t)}
        value={ticket.category}
        disabled={busy}
        onChange={(e) =>
          update.mutate({ ticketId: ticket.id, category: categoryOptions(t).find((c) => c.value === e.target.value)?.value })
        }
      />
      <SelectField
        label={t("filter.line")}
        options={(lines.data ?? []).map((l) => ({ value: l.id, label: locale === "en" ? l.nameEn : l.nameFi }))}
        value={ticket.lineId}
        disabled={busy || !lines.data}
        onChange={(e) => update.mutate({ ticketId: ticket.id, lineId: e.target.value })}
      />
      <SelectField
        label={t("filter.assignee")}
        options={[{ value: "", label: t("unassigned") }, ...(agents.data ?? []).map((a) => ({ value: a.id, label: a.name }))]}
        value={ticket.assigneeUserId ?? ""}
        disabled={busy || !agents.data}
        onChange={(e) => assign.mutate({ ticketId: ticket.id, assigneeUserId: e.target.value || null })}
      />
      <Button variant="secondary" disabled={busy} onClick={() => take.mutate({ ticketId: ticket.id })}>
        {t("ticket.take")}
      </Button>
    </div>
  );
}
