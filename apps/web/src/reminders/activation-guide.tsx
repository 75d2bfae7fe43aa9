import { formatEuroAmount } from "@reskontra/domain";
import { Alert, Button, Card, StatusBadge, Table } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { refusalOf, useTRPC } from "../trpc";
import type { ActivationPreview } from "./api-types";
import { customerColumns, ruleFigureColumns } from "./columns";
import { useReminderText } from "./texts";

const STEPS = ["cost", "rules", "customers", "confirm"] as const;
type Step = (typeof STEPS)[number];
type PreviewRule = ActivationPreview["rules"][number];
type PreviewCustomer = ActivationPreview["customers"][number];

/**
 * Before activation: the general rules and where each customer would go, as activation would
 * place them, and a guided activation — what it costs, the default rules, the customers placed,
 * confirm. Only the last step activates; the fee confirmation of the first step goes with it.
 */
export function ActivationGuide({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const { rt } = useReminderText();
  const preview = useQuery(trpc.reminders.activationPreview.queryOptions({ organizationId }));
  const [step, setStep] = useState<Step | null>(null);
  if (!preview.data) return <p>{rt("loading")}</p>;
  const p = preview.data;
  if (step === null) {
    return (
      <Card title={rt("preview.title")} actions={<Button onClick={() => setStep("cost")}>{rt("preview.start")}</Button>}>
        <p>{rt("preview.text")}</p>
        <h3>{rt("preview.rules")}</h3>
        <RulesTable rules={p.rules} />
        <h3>{rt("preview.customers")}</h3>
        <Placement preview={p} />
      </Card>
    );
  }
  return <Guide organizationId={organizationId} preview={p} step={step} setStep={setStep} />;
}

function Guide(props: { organizationId: string; preview: ActivationPreview; step: Step; setStep: (step: Step | null) => void }) {
  const { organizationId, preview: p, step, setStep } = props;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { rt, locale } = useReminderText();
  const [confirmed, setConfirmed] = useState(false);
  const activate = useMutation(
    trpc.reminders.activate.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.reminders.pathFilter()) }),
  );
  const index = STEPS.indexOf(step);
  const fee = formatEuroAmount(p.transactionFeeCents, locale);
  const back = () => setStep(index === 0 ? null : (STEPS[index - 1] ?? null));
  const next = () => setStep(STEPS[index + 1] ?? step);
  return (
    <Card title={rt("guide.title")}>
      <ol className="reminders-steps" aria-label={rt("guide.steps")}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? "step" : undefined} className={s === step ? "active" : ""}>
            {i + 1}. {rt(`guide.step.${s}`)}
          </li>
        ))}
      </ol>
      <h3>
        {rt("guide.step", { n: index + 1, total: STEPS.length })}: {rt(`guide.step.${step}`)}
      </h3>
      {step === "cost" ? (
        <>
          <p>{rt("guide.cost.text", { fee, hundred: formatEuroAmount(100 * p.transactionFeeCents, locale) })}</p>
          <label className="reminders-confirm">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />{" "}
            {rt("activate.confirm", { fee })}
          </label>
        </>
      ) : null}
      {step === "rules" ? (
        <>
          <p>{rt("guide.rules.text")}</p>
          <RulesTable rules={p.rules} />
        </>
      ) : null}
      {step === "customers" ? (
        <>
          <p>{rt("guide.customers.text")}</p>
          <Placement preview={p} />
        </>
      ) : null}
      {step === "confirm" ? (
        <p data-testid="guide-summary">
          {rt("guide.confirm.text", {
            rules: p.rules.map((r) => `”${r.name}”`).join(", "),
            placed: p.counts.consumer + p.counts.business,
            blocked: p.counts.blocked,
          })}{" "}
          {rt("activate.confirm", { fee })}
        </p>
      ) : null}
      {activate.error ? <Alert>{refusalOf(activate.error)?.message}</Alert> : null}
      <div className="reminders-move">
        <Button variant="secondary" onClick={back}>
          {index === 0 ? rt("guide.cancel") : rt("guide.back")}
        </Button>
        {step === "confirm" ? (
          <Button
            disabled={!confirmed || activate.isPending}
            onClick={() =>
              activate.mutate({ organizationId, confirmedTransactionFeeCents: confirmed ? p.transactionFeeCents : 0 })
            }
          >
            {rt("activate.submit")}
          </Button>
        ) : (
          <Button disabled={step === "cost" && !confirmed} onClick={next}>
            {rt("guide.next")}
          </Button>
        )}
      </div>
    </Card>
  );
}

function RulesTable({ rules }: { rules: PreviewRule[] }) {
  const { rt, locale } = useReminderText();
  return (
    <Table<PreviewRule>
      rows={rules}
      rowKey={(r) => r.customerKind}
      rowTestId={(r) => `preview-rule-${r.customerKind}`}
      empty={rt("rules.empty")}
      columns={[{ key: "name", header: rt("rule.name"), cell: (r) => r.name }, ...ruleFigureColumns<PreviewRule>(rt, locale)]}
    />
  );
}

function Placement({ preview }: { preview: ActivationPreview }) {
  const { rt } = useReminderText();
  const ruleOf = new Map(preview.rules.map((r) => [r.customerKind, r.name]));
  return (
    <>
      <p data-testid="preview-counts">{rt("preview.counts", preview.counts)}</p>
      <Table<PreviewCustomer>
        rows={preview.customers}
        rowKey={(c) => c.id}
        rowTestId={(c) => `preview-customer-${c.customerNumber}`}
        empty={rt("customers.empty")}
        columns={[
          ...customerColumns<PreviewCustomer>(rt),
          {
            key: "placement",
            header: rt("preview.placement"),
            cell: (c) =>
              c.placement === "blocked" ? (
                <StatusBadge tone="neutral">{rt("customerRule.blocked")}</StatusBadge>
              ) : (
                (ruleOf.get(c.placement) ?? "")
              ),
          },
        ]}
      />
    </>
  );
}
