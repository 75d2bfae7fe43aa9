import { formatEuroAmount } from "@reskontra/domain";
import { Alert, Card, DateTimeText, TabLinks } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { Redirect, Route, Switch, useRoute } from "wouter";
import { NavLink } from "../shell/nav-link";
import { useTRPC } from "../trpc";
import { ActivationGuide } from "./activation-guide";
import { ChangesTable } from "./changes-table";
import { NewRulePage, RulePage } from "./rule-page";
import { ReferenceRatesPage } from "./reference-rates-page";
import { RulesPage } from "./rules-page";
import { BlockedPage, CustomersPage, DryRunPage, MonthlyPage } from "./run-pages";
import { useReminderText } from "./texts";
import "./reminders.css";

const ADMIN_ROLES = new Set(["company_admin", "accounting_admin", "user_manager"]);

/** Everything under /reminders, for the company admins who may configure it (DESIGN.md roles). */
export function RemindersRoutes() {
  const trpc = useTRPC();
  const { rt, locale } = useReminderText();
  const me = useQuery(trpc.auth.me.queryOptions());
  const organizationId = me.data?.memberships.find((m) => ADMIN_ROLES.has(m.role))?.organizationId ?? "";
  const status = useQuery({ ...trpc.reminders.status.queryOptions({ organizationId }), enabled: organizationId !== "" });
  const [onRatesPage] = useRoute("/reminders/reference-rates");
  const platformAdmin = me.data?.memberships.some((m) => m.role === "platform_admin") ?? false;
  // The rates are the platform's, not a company's: readable without a company role, kept by a platform administrator.
  if (onRatesPage || (me.data && !organizationId && platformAdmin)) {
    return (
      <>
        {organizationId ? <RemindersTabs /> : null}
        <ReferenceRatesPage canEdit={platformAdmin} />
      </>
    );
  }
  if (!organizationId) return <Alert tone="info">{rt("noRole")}</Alert>;
  if (!status.data) return <p>{rt("loading")}</p>;
  if (!status.data.active) return <ActivationGuide organizationId={organizationId} />;
  const s = status.data;
  return (
    <>
      <RemindersTabs />
      <p className="reminders-status" data-testid="reminders-active">
        {s.activatedAt ? <DateTimeText instant={s.activatedAt} locale={locale} /> : null}{" "}
        {rt("activate.done", {
          date: "",
          name: s.activatedByName ?? "",
          fee: formatEuroAmount(s.confirmedTransactionFeeCents ?? 0, locale),
        })}
      </p>
      <Switch>
        <Route path="/reminders">
          <Redirect to="/reminders/rules" replace />
        </Route>
        <Route path="/reminders/rules">
          <RulesPage organizationId={organizationId} />
        </Route>
        <Route path="/reminders/rules/new">
          <NewRulePage organizationId={organizationId} />
        </Route>
        <Route path="/reminders/rules/:ruleId/*?">
          <RulePage organizationId={organizationId} />
        </Route>
        <Route path="/reminders/customers">
          <CustomersPage organizationId={organizationId} />
        </Route>
        <Route path="/reminders/blocked">
          <BlockedPage organizationId={organizationId} />
        </Route>
        <Route path="/reminders/dry-run">
          <DryRunPage organizationId={organizationId} feeCents={s.transactionFeeCents} />
        </Route>
        <Route path="/reminders/monthly">
          <MonthlyPage organizationId={organizationId} />
        </Route>
        <Route path="/reminders/changes">
          <Card title={rt("tab.changes")}>
            <ChangesTable organizationId={organizationId} />
          </Card>
        </Route>
        <Route path="*">
          <Redirect to="/reminders/rules" replace />
        </Route>
      </Switch>
    </>
  );
}

function RemindersTabs() {
  const { rt } = useReminderText();
  return (
    <TabLinks label={rt("title")} className="reminders-tabs">
      <NavLink to="/reminders/rules">{rt("tab.rules")}</NavLink>
      <NavLink to="/reminders/customers">{rt("tab.customers")}</NavLink>
      <NavLink to="/reminders/blocked">{rt("tab.blocked")}</NavLink>
      <NavLink to="/reminders/dry-run">{rt("tab.dryRun")}</NavLink>
      <NavLink to="/reminders/monthly">{rt("tab.monthly")}</NavLink>
      <NavLink to="/reminders/changes">{rt("tab.changes")}</NavLink>
      <NavLink to="/reminders/reference-rates">{rt("tab.rates")}</NavLink>
    </TabLinks>
  );
}
