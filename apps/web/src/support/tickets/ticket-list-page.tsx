import { Card, DateTimeText, StatusBadge, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { useTRPC } from "../../trpc";
import { PhoneLinesCard } from "../phone/phone-lines-card";
import { useSupportRoles } from "../support-roles";
import type { TicketListItem } from "./api-types";
import { STATUS_TONE } from "./labels";
import { useTicketText } from "./use-ticket-text";

/** My requests (a company admin may widen it to the organization's), and where to file a new one. */
export function TicketListPage() {
  const trpc = useTRPC();
  const { t, locale } = useTicketText();
  const roles = useSupportRoles();
  const [scope, setScope] = useState<"mine" | "organization">("mine");
  const list = useQuery(trpc.support.tickets.list.queryOptions({ scope }));
  return (
    <div className="ticket-page">
      <Card
        title={t("list.title")}
        actions={
          <Link className="rk-button rk-button--primary" to="/support/tickets/new">
            {t("list.new")}
          </Link>
        }
      >
        <p>{t("list.intro")}</p>
        {roles.companyAdminOrganizationId ? (
          <div role="radiogroup" className="ticket-scope">
            {(["mine", "organization"] as const).map((s) => (
              <label key={s}>
                <input type="radio" name="scope" checked={scope === s} onChange={() => setScope(s)} /> {t(`list.scope.${s}`)}
              </label>
            ))}
          </div>
        ) : null}
        <Table<TicketListItem>
          rows={list.data ?? []}
          rowKey={(r) => r.id}
          rowTestId={(r) => `ticket-${r.number}`}
          empty={list.isPending ? "…" : t("list.empty")}
          columns={[
            { key: "number", header: t("list.number"), cell: (r) => <Link to={`/support/tickets/${r.id}`}>#{r.number}</Link> },
            { key: "subject", header: t("list.subject"), cell: (r) => <Link to={`/support/tickets/${r.id}`}>{r.subject}</Link> },
            {
              key: "status",
              header: t("list.status"),
              cell: (r) => <StatusBadge tone={STATUS_TONE[r.status]}>{t(`status.${r.status}`)}</StatusBadge>,
            },
            ...(scope === "organization"
              ? [{ key: "requester", header: t("list.requester"), cell: (r: TicketListItem) => r.requesterName ?? "" }]
              : []),
            { key: "updated", header: t("list.updated"), cell: (r) => <DateTimeText instant={r.updatedAt} locale={locale} /> },
          ]}
        />
      </Card>
      <PhoneLinesCard />
    </div>
  );
}
