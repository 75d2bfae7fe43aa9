import { Alert, Button, SelectField, Table } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { refusalOf, useTRPC } from "../trpc";
import type { PlacedCustomer } from "./api-types";
import { customerColumns } from "./columns";
import { useReminderText } from "./texts";

const PAGE_SIZE = 50;
/** The select's value for "Automation blocked": no rule. */
const BLOCKED = "blocked";
/** The api moves at most this many in one call (ten pages). */
const MAX_MOVE = 500;

/**
 * A customer list with mass actions: select customers (one by one or all on the page) and move
 * them to a rule or to "Automation blocked", in one call. Used by a rule's tab, the blocked list
 * and the list of all customers.
 */
export function CustomerPicker(props: {
  organizationId: string;
  customers: PlacedCustomer[];
  /** The list is this rule's ("" for the blocked list): it is no target. */
  excludeRuleId?: string;
  moveLabel: "customers.moveTo" | "blocked.addTo";
  showRule?: boolean;
}) {
  const { organizationId, customers } = props;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { rt } = useReminderText();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [page, setPage] = useState(0);
  const rules = useQuery(trpc.reminders.rules.queryOptions({ organizationId }));
  const ruleName = new Map((rules.data ?? []).map((r) => [r.id, r.name]));
  const targets = [
    ...(rules.data ?? []).filter((r) => r.id !== props.excludeRuleId).map((r) => ({ value: r.id, label: r.name })),
    ...(props.excludeRuleId === "" ? [] : [{ value: BLOCKED, label: rt("customers.blockedTarget") }]),
  ];
  const [target, setTarget] = useState("");
  const move = useMutation(
    trpc.reminders.moveCustomers.mutationOptions({
      onSuccess: async () => {
        setSelected(new Set());
        await queryClient.invalidateQueries(trpc.reminders.pathFilter());
      },
    }),
  );
  const pages = Math.max(1, Math.ceil(customers.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const onPage = customers.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const allOnPage = onPage.length > 0 && onPage.every((c) => selected.has(c.id));
  const toggle = (ids: string[], on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const targetId = target || targets[0]?.value || "";
  // Only customers still in the list count: a move or a refetch may have taken some away.
  const chosen = customers.filter((c) => selected.has(c.id)).map((c) => c.id);
  return (
    <>
      <Table<PlacedCustomer>
        rows={onPage}
        rowKey={(c) => c.id}
        rowTestId={(c) => `customer-${c.customerNumber}`}
        empty={rt("customers.empty")}
        columns={[
          {
            key: "select",
            header: (
              <input
                type="checkbox"
                aria-label={rt("customers.selectAll")}
                checked={allOnPage}
                disabled={onPage.length === 0}
                onChange={(e) =>
                  toggle(
                    onPage.map((c) => c.id),
                    e.target.checked,
                  )
                }
              />
            ),
            cell: (c) => (
              <input
                type="checkbox"
                aria-label={rt("customers.select", { name: c.name })}
                checked={selected.has(c.id)}
                onChange={(e) => toggle([c.id], e.target.checked)}
              />
            ),
          },
          ...customerColumns<PlacedCustomer>(rt),
          ...(props.showRule
            ? [
                {
                  key: "rule",
                  header: rt("customers.rule"),
                  cell: (c: PlacedCustomer) => (c.ruleId ? (ruleName.get(c.ruleId) ?? "") : rt("customerRule.blocked")),
                },
              ]
            : []),
        ]}
      />
      {pages > 1 ? (
        <nav className="reminders-pages" aria-label={rt("customers.pages")}>
          <Button variant="secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {rt("customers.prev")}
          </Button>
          <span>{rt("customers.page", { page: current + 1, pages })}</span>
          <Button variant="secondary" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {rt("customers.next")}
          </Button>
        </nav>
      ) : null}
      {customers.length > 0 && targets.length > 0 ? (
        <div className="reminders-move">
          <span aria-live="polite">{rt("customers.selected", { count: chosen.length })}</span>
          <SelectField
            label={rt(props.moveLabel)}
            value={targetId}
            onChange={(e) => setTarget(e.target.value)}
            options={targets}
          />
          <Button
            disabled={chosen.length === 0 || chosen.length > MAX_MOVE || move.isPending || !targetId}
            onClick={() => move.mutate({ organizationId, ruleId: targetId === BLOCKED ? null : targetId, customerIds: chosen })}
          >
            {rt("customers.move")}
          </Button>
        </div>
      ) : null}
      {move.data ? <Alert tone="success">{rt("customers.moved", { count: move.data.moved })}</Alert> : null}
      {move.error ? <Alert>{refusalOf(move.error)?.message}</Alert> : null}
    </>
  );
}
