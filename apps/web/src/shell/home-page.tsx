import type { AppRouter } from "@reskontra/api";
import { formatEuroAmount } from "@reskontra/domain";
import { Card, formatDate } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { Link } from "wouter";
import { useMessages } from "../i18n/locale";
import { useTRPC } from "../trpc";
import { homeMessages } from "./home-messages";
import type { ShellMessageKey } from "./messages";
import { useShellText } from "./use-shell-text";

type Summary = inferRouterOutputs<AppRouter>["home"]["summary"];
type HomeKey = Parameters<ReturnType<typeof useHomeText>["h"]>[0];

function useHomeText() {
  const { t, locale } = useMessages(homeMessages);
  return { h: t, locale };
}

/** One count of waiting work, as a link to the list that shows exactly those. */
function Count({ to, testId, children }: { to: string; testId: string; children: string }) {
  return (
    <li>
      <Link to={to} data-testid={testId}>
        {children}
      </Link>
    </li>
  );
}

const INVOICE_STATES = ["needs_correction", "draft", "submitted", "sent", "paid", "credited"] as const;

/** The signed-in person's home: per role they hold, the work waiting, each count linking to its list. */
export function HomePage() {
  const trpc = useTRPC();
  const { t } = useShellText();
  const { h, locale } = useHomeText();
  const me = useQuery(trpc.auth.me.queryOptions());
  const summary = useQuery(trpc.home.summary.queryOptions());
  const s = summary.data;
  const money = (cents: number) => formatEuroAmount(cents, locale);
  const empty = s && Object.values(s).every((section) => section === null);
  return (
    <div className="home">
      <h1>{h("title")}</h1>
      <p>{h("welcome", { name: me.data?.user.name ?? "" })}</p>
      {!s ? <p role="status">{h("loading")}</p> : null}
      {empty ? <p>{h("nothing")}</p> : null}
      {s?.agent ? <AgentCard agent={s.agent} /> : null}
      {s?.user ? <UserCards user={s.user} /> : null}
      {s?.organizer ? (
        <Card title={h("organizer.title")}>
          <ul className="home__counts">
            <Count to="/vouchers/review?recorded=0" testId="home-organizer-queue">
              {h("organizer.queue", { count: s.organizer.reviewQueue })}
            </Count>
            {s.organizer.nextSettlement ? (
              <Count to="/vouchers/settlements" testId="home-organizer-settlement">
                {h("organizer.next", {
                  date: formatDate(s.organizer.nextSettlement.date, locale),
                  period: s.organizer.nextSettlement.period.split("-").reverse().join("/"),
                  amount: money(s.organizer.nextSettlement.approvedCents),
                })}
              </Count>
            ) : (
              <li>{h("organizer.noSettings")}</li>
            )}
          </ul>
        </Card>
      ) : null}
      {s?.companyAdmin ? (
        <Card title={h("admin.title")}>
          <ul className="home__counts">
            {s.companyAdmin.active ? (
              <Count to="/reminders/dry-run?outcome=send" testId="home-admin-due">
                {h("admin.due", {
                  count: s.companyAdmin.remindersDueToday,
                  cost: money(s.companyAdmin.costCents),
                  fee: money(s.companyAdmin.feeCents),
                })}
              </Count>
            ) : (
              <Count to="/reminders" testId="home-admin-inactive">
                {h("admin.inactive")}
              </Count>
            )}
          </ul>
        </Card>
      ) : null}
      {s?.product ? (
        <Card title={h("product.title")}>
          <ul className="home__counts">
            <Count to="/support/suggestions?status=new" testId="home-product-new">
              {h("product.new", { count: s.product.suggestionsNew })}
            </Count>
            <Count to="/support/suggestions?status=under_review" testId="home-product-reviewing">
              {h("product.reviewing", { count: s.product.suggestionsUnderReview })}
            </Count>
            <Count to="/support/suggestions/board" testId="home-product-board">
              {h("product.board")}
            </Count>
          </ul>
        </Card>
      ) : null}
      {s?.platform ? (
        <Card title={h("platform.title")}>
          <ul className="home__counts">
            <Count to="/organizations" testId="home-platform-organizations">
              {h("platform.count", { count: s.platform.organizations, active: s.platform.active })}
            </Count>
          </ul>
        </Card>
      ) : null}
      <Card title={h("roles")}>
        <ul>
          {(me.data?.memberships ?? []).map((m) => (
            <li key={`${m.organizationName}-${m.role}`}>
              {t(`role.${m.role}` as ShellMessageKey)} — {m.organizationName}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}

function AgentCard({ agent }: { agent: NonNullable<Summary["agent"]> }) {
  const { h } = useHomeText();
  return (
    <Card title={h("agent.title")}>
      <ul className="home__counts">
        <Count to="/invoices/unsent?risk=overdue" testId="home-agent-overdue">
          {h("agent.overdue", { count: agent.overdue })}
        </Count>
        <Count to="/invoices/unsent?risk=today" testId="home-agent-today">
          {h("agent.dueToday", { count: agent.dueToday })}
        </Count>
        <Count to="/invoices/unsent?risk=later" testId="home-agent-later">
          {h("agent.later", { count: agent.later })}
        </Count>
        <Count to="/invoices/unsent" testId="home-agent-alerts">
          {h("agent.alerts", { count: agent.openAlerts })}
        </Count>
      </ul>
    </Card>
  );
}

function UserCards({ user }: { user: NonNullable<Summary["user"]> }) {
  const { h, locale } = useHomeText();
  return (
    <>
      <Card
        title={h("user.title")}
        actions={
          <Link className="rk-button rk-button--primary" to="/invoices/new">
            {h("user.new")}
          </Link>
        }
      >
        <ul className="home__counts">
          {INVOICE_STATES.map((state) => (
            <Count key={state} to={`/invoices/mine?status=${state}`} testId={`home-user-${state}`}>
              {h(`user.state.${state}` as HomeKey, { count: user.invoices[state] })}
            </Count>
          ))}
        </ul>
      </Card>
      {user.voucherProvider ? (
        <Card title={h("provider.title")}>
          <ul className="home__counts">
            <li data-testid="home-provider-review">{h("provider.underReview", { count: user.eventsUnderReview })}</li>
            <li>
              <a href="#home-rejected" data-testid="home-provider-rejected">
                {h("provider.rejected", { count: user.eventsRejected })}
              </a>
            </li>
          </ul>
          {user.rejected.length > 0 ? (
            <>
              <h3 id="home-rejected">{h("provider.rejectedList")}</h3>
              <ul data-testid="home-rejected-list">
                {user.rejected.map((e) => (
                  <li key={e.eventId}>
                    <Link to={`/vouchers/clients/${e.clientId}`}>{e.clientName}</Link> {formatDate(e.eventDate, locale)} —{" "}
                    {e.reason ? h("provider.reason", { reason: e.reason }) : h("provider.noReason")}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
      ) : null}
    </>
  );
}
