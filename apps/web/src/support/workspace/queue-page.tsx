import type { WorkspaceView } from "@reskontra/contracts/support";
import { Alert, Button, Card, DateTimeText, StatusBadge, Table, type Column } from "@reskontra/ui";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { refusalOf, useTRPC } from "../../trpc";
import type { QueueRow } from "./api-types";
import { type filtersOf, QueueFilters } from "./queue-filters";
import { SlaBadge } from "./sla-badge";
import { useWorkspaceText } from "./use-workspace-text";

const VIEWS: { view: WorkspaceView; key: "queue.lines" | "queue.mine" | "queue.unassigned" }[] = [
  { view: "lines", key: "queue.lines" },
  { view: "mine", key: "queue.mine" },
  { view: "unassigned", key: "queue.unassigned" },
];

/** The agent's queues: the lines they work, their own, nobody's; filters and search; newest first, a page at a time. */
export function QueuePage() {
  const trpc = useTRPC();
  const { t, locale } = useWorkspaceText();
  const [view, setView] = useState<WorkspaceView>("lines");
  const [filters, setFilters] = useState<ReturnType<typeof filtersOf>>({});
  const lines = useQuery(trpc.support.workspace.lines.queryOptions());
  const agents = useQuery(trpc.support.workspace.agents.queryOptions());
  const organizations = useQuery(trpc.support.workspace.organizations.queryOptions());
  const list = useInfiniteQuery(
    trpc.support.workspace.list.infiniteQueryOptions(
      { view, ...filters },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, refetchInterval: 30_000 },
    ),
  );
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns: Column<QueueRow>[] = [
    {
      key: "number",
      header: t("col.number"),
      cell: (r) => <Link to={`/support/workspace/tickets/${r.id}`}>#{r.number}</Link>,
    },
    {
      key: "subject",
      header: t("col.subject"),
      cell: (r) => <Link to={`/support/workspace/tickets/${r.id}`}>{r.subject}</Link>,
    },
    {
      key: "requester",
      header: t("col.requester"),
      cell: (r) => (
        <>
          {r.requesterName ?? r.requesterEmail ?? "–"}
          {r.organizationName ? <small className="rk-hint"> · {r.organizationName}</small> : null}
        </>
      ),
    },
    { key: "status", header: t("col.status"), cell: (r) => <StatusBadge>{t(`status.${r.status}`)}</StatusBadge> },
    {
      key: "priority",
      header: t("col.priority"),
      cell: (r) => (
        <StatusBadge tone={r.priority === "urgent" ? "danger" : r.priority === "high" ? "warning" : "neutral"}>
          {t(`priority.${r.priority}`)}
        </StatusBadge>
      ),
    },
    {
      key: "assignee",
      header: t("col.assignee"),
      cell: (r) => r.assigneeName ?? <span className="rk-hint">{t("unassigned")}</span>,
    },
    { key: "line", header: t("col.line"), cell: (r) => (locale === "en" ? r.lineNameEn : r.lineNameFi) },
    { key: "created", header: t("col.created"), cell: (r) => <DateTimeText instant={r.createdAt} locale={locale} /> },
    { key: "sla", header: t("col.sla"), cell: (r) => <SlaBadge sla={r.sla} /> },
  ];
  const noLines = lines.data && !lines.data.some((l) => l.member);
  return (
    <Card title={t("queue.title")}>
      <nav className="ws-views" aria-label={t("queue.title")}>
        {VIEWS.map((v) => (
          <button
            key={v.view}
            type="button"
            className={view === v.view ? "active" : ""}
            aria-pressed={view === v.view}
            onClick={() => setView(v.view)}
          >
            {t(v.key)}
          </button>
        ))}
        <Link to="/support/workspace/saved-replies" className="ws-views-aside">
          {t("queue.savedReplies")}
        </Link>
      </nav>
      {noLines && view !== "mine" ? <Alert tone="info">{t("queue.noLines")}</Alert> : null}
      <QueueFilters
        lines={lines.data ?? []}
        agents={agents.data ?? []}
        organizations={organizations.data ?? []}
        onApply={setFilters}
      />
      {list.error ? <Alert>{refusalOf(list.error)?.message}</Alert> : null}
      {list.data ? (
        <Table<QueueRow>
          rows={rows}
          rowKey={(r) => r.id}
          rowTestId={(r) => `ws-row-${r.number}`}
          columns={columns}
          empty={t("queue.empty")}
        />
      ) : (
        <p role="status">{t("loading")}</p>
      )}
      {list.hasNextPage ? (
        <Button variant="secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t("queue.more")}
        </Button>
      ) : null}
    </Card>
  );
}
