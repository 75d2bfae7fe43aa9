import { formatEurosFi } from "@reskontra/domain";
import { Alert, Button, Field, SelectField } from "@reskontra/ui";
import { useState, type FormEvent } from "react";
import type { Rule, RuleInput } from "./api-types";
import { eurosToCents, ruleFieldErrors } from "./field-errors";
import { useReminderText } from "./texts";

type Form = {
  name: string;
  customerKind: RuleInput["customerKind"];
  fee: string;
  daysAfterDue: string;
  minimum: string;
  channel: RuleInput["channel"];
  maxCount: string;
  intervalDays: string;
  claimCompensation: boolean;
};

export const NEW_RULE: Form = {
  name: "",
  customerKind: "consumer",
  fee: "0,00",
  daysAfterDue: "21",
  minimum: "10,00",
  channel: "email",
  maxCount: "2",
  intervalDays: "14",
  claimCompensation: false,
};

export function formOf(r: Rule): Form {
  return {
    name: r.name,
    customerKind: r.customerKind,
    fee: formatEurosFi(r.feeCents),
    daysAfterDue: String(r.daysAfterDue),
    minimum: formatEurosFi(r.minimumAmountCents),
    channel: r.channel,
    maxCount: String(r.maxCount),
    intervalDays: String(r.intervalDays),
    claimCompensation: r.claimCompensation,
  };
}

function inputOf(f: Form): RuleInput {
  return {
    name: f.name,
    customerKind: f.customerKind,
    feeCents: eurosToCents(f.fee),
    daysAfterDue: Number(f.daysAfterDue),
    minimumAmountCents: eurosToCents(f.minimum),
    channel: f.channel,
    maxCount: Number(f.maxCount),
    intervalDays: Number(f.intervalDays),
    // The law gives the 40 € against businesses only; a consumer rule never sends it, even if ticked before a kind change.
    claimCompensation: f.customerKind === "business" && f.claimCompensation,
  };
}

/** The rule's fields; the law is checked by the server's domain, whose reason appears at the field. */
export function RuleForm(props: {
  initial: Form;
  kindFixed: boolean;
  busy: boolean;
  error: unknown;
  onSubmit: (rule: RuleInput) => void;
}) {
  const { rt } = useReminderText();
  const [form, setForm] = useState<Form>(props.initial);
  const errors = ruleFieldErrors(props.error);
  const set = (key: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit(inputOf(form));
  };
  const general = props.error && Object.keys(errors).length === 0;
  return (
    <form onSubmit={submit} className="reminders-form" noValidate>
      <Field label={rt("rule.name")} value={form.name} onChange={set("name")} error={errors.name} />
      <SelectField
        label={rt("rule.customerKind")}
        value={form.customerKind}
        disabled={props.kindFixed}
        onChange={(e) => setForm((f) => ({ ...f, customerKind: e.target.value === "business" ? "business" : "consumer" }))}
        options={[
          { value: "consumer", label: rt("rule.kind.consumer") },
          { value: "business", label: rt("rule.kind.business") },
        ]}
        error={errors.customerKind}
      />
      <Field label={rt("rule.feeCents")} inputMode="decimal" value={form.fee} onChange={set("fee")} error={errors.feeCents} />
      <Field
        label={rt("rule.daysAfterDue")}
        inputMode="numeric"
        value={form.daysAfterDue}
        onChange={set("daysAfterDue")}
        error={errors.daysAfterDue}
      />
      <Field
        label={rt("rule.minimumAmountCents")}
        inputMode="decimal"
        value={form.minimum}
        onChange={set("minimum")}
        error={errors.minimumAmountCents}
      />
      <SelectField
        label={rt("rule.channel")}
        value={form.channel}
        onChange={(e) =>
          setForm((f) => ({
            ...f,
            channel: e.target.value === "post" ? "post" : e.target.value === "einvoice" ? "einvoice" : "email",
          }))
        }
        options={[
          { value: "email", label: rt("channel.email") },
          { value: "einvoice", label: rt("channel.einvoice") },
          { value: "post", label: rt("channel.post") },
        ]}
        error={errors.channel}
      />
      <Field
        label={rt("rule.maxCount")}
        inputMode="numeric"
        value={form.maxCount}
        onChange={set("maxCount")}
        error={errors.maxCount}
      />
      <Field
        label={rt("rule.intervalDays")}
        inputMode="numeric"
        value={form.intervalDays}
        onChange={set("intervalDays")}
        error={errors.intervalDays}
      />
      {form.customerKind === "business" ? (
        <div className="rk-field">
          <label>
            <input
              type="checkbox"
              checked={form.claimCompensation}
              onChange={(e) => setForm((f) => ({ ...f, claimCompensation: e.target.checked }))}
            />{" "}
            {rt("rule.claimCompensation")}
          </label>
          {errors.claimCompensation ? (
            <small role="alert" className="rk-error">
              {errors.claimCompensation}
            </small>
          ) : null}
        </div>
      ) : null}
      {general ? <Alert>{(props.error as Error).message}</Alert> : null}
      <Button type="submit" disabled={props.busy}>
        {rt("rule.save")}
      </Button>
    </form>
  );
}
