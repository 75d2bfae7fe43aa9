import { Alert, Button, SelectField, Table } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { refusalOf, useTRPC } from "../trpc";
import type { PlacedCustomer } from "./api-types";
import { useReminderText } from "./texts";

/** A customer list with multi-select and a bulk move to another rule: a rule's tab and the blocked list. */
export function CustomerPicker(props: {
  organizationId: string;
  customers: PlacedCustomer[];
  excludeRuleId?: string;
  moveLabel: "customers.moveTo" | "blocked.addTo";
}) {
  const { organizationId, customers } = props;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { rt } = useReminderText();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const rules = useQuery(trpc.reminders.rules.queryOptions({ organizationId }));
  const targets = (rules.data ?? []).filter((r) => r.id !== props.excludeRuleId);
  const [target, setTarget] = useState("");
  const move = useMutation(
    trpc.reminders.moveCustomers.mutationOptions({
      onSuccess: async () => {
        setSelected(new Set());
        await queryClient.invalidateQueries(trpc.reminders.pathFilter());
      },
    }),
  );
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const targetId = target || targets[0]?.id || "";
  return (
    <>
      <Table<PlacedCustomer>
        rows={customers}
        rowKey={(c) => c.id}
        rowTestId={(c) => `customer-${c.customerNumber}`}
        empty={rt("customers.empty")}
        columns={[
          {
            key: "select",
            header: "",
            cell: (c) => (
              <input
                type="checkbox"
                aria-label={rt("customers.select", { name: c.name })}
                checked={selected.has(c.id)}
                onChange={() => toggle(c.id)}
              />
            ),
          },
          { key: "number", header: rt("customers.number"), cell: (c) => c.customerNumber },
          { key: "name", header: rt("customers.name"), cell: (c) => c.name },
          { key: "kind", header: rt("customers.kind"), cell: (c) => rt(c.isPerson ? "customers.person" : "customers.business") },
          { key: "country", header: rt("customers.country"), cell: (c) => c.countryCode },
          { key: "owner", header: rt("customers.owner"), cell: (c) => c.ownerName },
        ]}
      />
      {customers.length > 0 && targets.length > 0 ? (
        <div className="reminders-move">
          <SelectField
            label={rt(props.moveLabel)}
            value={targetId}
            onChange={(e) => setTarget(e.target.value)}
            options={targets.map((r) => ({ value: r.id, label: r.name }))}
          />
          <Button
            disabled={selected.size === 0 || move.isPending || !targetId}
            onClick={() => move.mutate({ organizationId, ruleId: targetId, customerIds: [...selected] })}
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
