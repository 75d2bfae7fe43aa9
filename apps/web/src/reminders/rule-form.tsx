import { ruleInput } from "@reskontra/contracts/reminders";
import { formatEurosFi } from "@reskontra/domain";
import { Alert, Button, Field, SelectField } from "@reskontra/ui";
import { Controller, useForm, useWatch } from "react-hook-form";
import { inputResolver } from "../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../forms/server-errors";
import type { Rule, RuleInput } from "./api-types";
import { eurosToCents } from "../forms/euros-to-cents";
import { useUnsavedChanges } from "../forms/use-unsaved-changes";
import { useReminderText } from "./texts";

/** What the user types; euros and counts are text until they become the procedure's input. */
interface Form {
  name: string;
  customerKind: RuleInput["customerKind"];
  fee: string;
  daysAfterDue: string;
  minimum: string;
  channel: RuleInput["channel"];
  maxCount: string;
  intervalDays: string;
  claimCompensation: boolean;
}

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

// The procedure's own schema checks the shape; the law is the server's domain to judge (its reasons
// come back in the user's language at the field).
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

/** The input's names are the server's ("rule.feeCents"); the form keeps euros under its own names. */
const SERVER_FIELD: Record<string, keyof Form> = {
  name: "name",
  customerKind: "customerKind",
  feeCents: "fee",
  daysAfterDue: "daysAfterDue",
  minimumAmountCents: "minimum",
  channel: "channel",
  maxCount: "maxCount",
  intervalDays: "intervalDays",
  claimCompensation: "claimCompensation",
};
const fieldOf: FieldOf<Form> = (path) => SERVER_FIELD[path.replace(/^rule\./, "")] ?? null;

/** The rule's fields; the law is checked by the server's domain, whose reason appears at the field. */
export function RuleForm(props: {
  initial: Form;
  kindFixed: boolean;
  busy: boolean;
  error: unknown;
  onSubmit: (rule: RuleInput) => void;
}) {
  const { rt, locale } = useReminderText();
  const form = useForm<Form, unknown, RuleInput>({
    resolver: inputResolver(ruleInput, inputOf, fieldOf, locale),
    defaultValues: props.initial,
  });
  useUnsavedChanges(form.formState.isDirty && !form.formState.isSubmitSuccessful);
  const { general } = useServerErrors(form.setError, props.error, fieldOf);
  const { errors } = form.formState;
  const isBusiness = useWatch({ control: form.control, name: "customerKind" }) === "business";
  return (
    <form onSubmit={(e) => void form.handleSubmit(props.onSubmit)(e)} className="reminders-form" noValidate>
      <Field label={rt("rule.name")} {...form.register("name")} error={errors.name?.message} />
      <Controller
        control={form.control}
        name="customerKind"
        render={({ field }) => (
          <SelectField
            label={rt("rule.customerKind")}
            value={field.value}
            disabled={props.kindFixed}
            onChange={(e) => field.onChange(e.target.value === "business" ? "business" : "consumer")}
            onBlur={field.onBlur}
            ref={field.ref}
            options={[
              { value: "consumer", label: rt("rule.kind.consumer") },
              { value: "business", label: rt("rule.kind.business") },
            ]}
            error={errors.customerKind?.message}
          />
        )}
      />
      <Field label={rt("rule.feeCents")} inputMode="decimal" {...form.register("fee")} error={errors.fee?.message} />
      <Field
        label={rt("rule.daysAfterDue")}
        inputMode="numeric"
        {...form.register("daysAfterDue")}
        error={errors.daysAfterDue?.message}
      />
      <Field
        label={rt("rule.minimumAmountCents")}
        inputMode="decimal"
        {...form.register("minimum")}
        error={errors.minimum?.message}
      />
      <SelectField
        label={rt("rule.channel")}
        {...form.register("channel")}
        options={[
          { value: "email", label: rt("channel.email") },
          { value: "einvoice", label: rt("channel.einvoice") },
          { value: "post", label: rt("channel.post") },
        ]}
        error={errors.channel?.message}
      />
      <Field label={rt("rule.maxCount")} inputMode="numeric" {...form.register("maxCount")} error={errors.maxCount?.message} />
      <Field
        label={rt("rule.intervalDays")}
        inputMode="numeric"
        {...form.register("intervalDays")}
        error={errors.intervalDays?.message}
      />
      {isBusiness ? (
        <div className="rk-field">
          <label>
            <input type="checkbox" {...form.register("claimCompensation")} /> {rt("rule.claimCompensation")}
          </label>
          {errors.claimCompensation ? (
            <small role="alert" className="rk-error">
              {errors.claimCompensation.message}
            </small>
          ) : null}
        </div>
      ) : null}
      {general ? <Alert>{general}</Alert> : null}
      <Button type="submit" disabled={props.busy}>
        {rt("rule.save")}
      </Button>
    </form>
  );
}
