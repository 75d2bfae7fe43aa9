import { Alert, Button, Card, TabLinks } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Redirect, Route, Switch, useLocation, useParams } from "wouter";
import { NavLink } from "../shell/nav-link";
import { refusalOf, useTRPC } from "../trpc";
import { ChangesTable } from "./changes-table";
import { CustomerPicker } from "./customer-picker";
import { formOf, NEW_RULE, RuleForm } from "./rule-form";
import { RuleEvents } from "./rule-events";
import { useReminderText } from "./texts";

export function NewRulePage({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const { rt } = useReminderText();
  const create = useMutation(
    trpc.reminders.createRule.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries(trpc.reminders.pathFilter());
        navigate(`/reminders/rules/${id}/customers`);
      },
    }),
  );
  return (
    <Card title={rt("rules.new")}>
      <RuleForm
        initial={NEW_RULE}
        kindFixed={false}
        busy={create.isPending}
        error={create.error}
        onSubmit={(rule) => create.mutate({ organizationId, rule })}
      />
    </Card>
  );
}

/** One rule: its settings, assigned customers, events and changes as tabs. */
export function RulePage({ organizationId }: { organizationId: string }) {
  const { ruleId = "" } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const { rt } = useReminderText();
  const rules = useQuery(trpc.reminders.rules.queryOptions({ organizationId }));
  const customers = useQuery(trpc.reminders.ruleCustomers.queryOptions({ organizationId, ruleId }));
  const invalidate = () => queryClient.invalidateQueries(trpc.reminders.pathFilter());
  const update = useMutation(trpc.reminders.updateRule.mutationOptions({ onSuccess: invalidate }));
  const remove = useMutation(
    trpc.reminders.deleteRule.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        navigate("/reminders/rules");
      },
    }),
  );
  const [confirmDelete, setConfirmDelete] = useState(false);
  const rule = rules.data?.find((r) => r.id === ruleId);
  if (!rules.data) return <p>{rt("loading")}</p>;
  // A rule just created may not be in the cached list yet: wait for the refetch before giving up.
  if (!rule) return rules.isFetching ? <p>{rt("loading")}</p> : <Redirect to="/reminders/rules" replace />;
  const base = `/reminders/rules/${ruleId}`;
  return (
    <Card
      title={rule.name}
      actions={
        rule.defaultFor ? null : (
          <Button variant="danger" disabled={remove.isPending || confirmDelete} onClick={() => setConfirmDelete(true)}>
            {rt("rule.delete")}
          </Button>
        )
      }
    >
      {confirmDelete ? (
        // Deleting cannot be undone: say what goes where before it happens.
        <section className="reminders-confirm-run" data-testid="rule-delete-confirm">
          <p>{rt("rule.deleteConfirm", { name: rule.name, count: rule.customerCount })}</p>
          <div className="reminders-move">
            <Button variant="secondary" onClick={() => setConfirmDelete(false)}>
              {rt("rule.deleteCancel")}
            </Button>
            <Button variant="danger" disabled={remove.isPending} onClick={() => remove.mutate({ organizationId, ruleId })}>
              {rt("rule.deleteConfirmButton", { name: rule.name })}
            </Button>
          </div>
        </section>
      ) : null}
      {remove.error ? <Alert>{refusalOf(remove.error)?.message}</Alert> : null}
      <TabLinks className="reminders-tabs" label={rule.name}>
        <NavLink to={`${base}/settings`}>{rt("rule.tab.settings")}</NavLink>
        <NavLink to={`${base}/customers`}>{rt("rule.tab.customers")}</NavLink>
        <NavLink to={`${base}/events`}>{rt("rule.tab.events")}</NavLink>
        <NavLink to={`${base}/changes`}>{rt("rule.tab.changes")}</NavLink>
      </TabLinks>
      <Switch>
        <Route path="/reminders/rules/:ruleId">
          <Redirect to={`${base}/settings`} replace />
        </Route>
        <Route path="/reminders/rules/:ruleId/settings">
          {update.isSuccess ? <Alert tone="success">{rt("rule.saved")}</Alert> : null}
          <RuleForm
            key={rule.updatedAt.getTime()}
            initial={formOf(rule)}
            kindFixed={rule.defaultFor !== null}
            busy={update.isPending}
            error={update.error}
            onSubmit={(input) => update.mutate({ organizationId, ruleId, rule: input })}
          />
        </Route>
        <Route path="/reminders/rules/:ruleId/customers">
          {customers.data ? (
            <CustomerPicker
              organizationId={organizationId}
              customers={customers.data}
              excludeRuleId={ruleId}
              moveLabel="customers.moveTo"
            />
          ) : (
            <p>{rt("loading")}</p>
          )}
        </Route>
        <Route path="/reminders/rules/:ruleId/events">
          <RuleEvents organizationId={organizationId} ruleId={ruleId} />
        </Route>
        <Route path="/reminders/rules/:ruleId/changes">
          <ChangesTable organizationId={organizationId} ruleId={ruleId} />
        </Route>
      </Switch>
    </Card>
  );
}
