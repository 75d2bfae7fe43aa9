import { Alert, Button, Field, SelectField } from "@reskontra/ui";
import { useState, type FormEvent } from "react";
import { refusalOf } from "../trpc";
import { useOrganizationText } from "./texts";

export type Kind = "operator" | "billing_company" | "organizer";
const KINDS: Kind[] = ["billing_company", "organizer", "operator"];
const TEXT_FIELDS = [
  "name",
  "businessId",
  "street",
  "postalCode",
  "city",
  "email",
  "phone",
  "iban",
  "bic",
  "einvoiceAddress",
  "einvoiceOperator",
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export interface OrganizationValues extends Record<TextField, string> {
  kind: Kind;
  servesOrganizerIds: string[];
}

export const emptyOrganization: OrganizationValues = {
  kind: "billing_company",
  servesOrganizerIds: [],
  ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, ""])) as Record<TextField, string>),
};

/** The operator's form for every kind; the server checks the business ID, IBAN and BIC and answers at the field. */
export function OrganizationForm({
  initial,
  organizers,
  onSubmit,
  pending,
  error,
  saved,
}: {
  initial: OrganizationValues;
  organizers: { id: string; name: string }[];
  onSubmit: (values: OrganizationValues) => void;
  pending: boolean;
  error: unknown;
  saved: boolean;
}) {
  const { ot } = useOrganizationText();
  const [values, setValues] = useState(initial);
  const refusal = refusalOf(error);
  const set = (field: TextField) => (e: { target: { value: string } }) => setValues({ ...values, [field]: e.target.value });
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(values);
  }
  const fieldErrorShown = TEXT_FIELDS.some((f) => refusal?.fieldErrors[f]) || Boolean(refusal?.fieldErrors.servesOrganizerIds);
  return (
    <form onSubmit={submit} noValidate className="org-form">
      <SelectField
        label={ot("org.kind")}
        value={values.kind}
        onChange={(e) => setValues({ ...values, kind: e.target.value as Kind })}
        options={KINDS.map((k) => ({ value: k, label: ot(`org.kind.${k}`) }))}
      />
      {TEXT_FIELDS.map((f) => (
        <Field key={f} label={ot(`org.${f}`)} value={values[f]} onChange={set(f)} error={refusal?.fieldErrors[f]?.[0]} />
      ))}
      {values.kind === "billing_company" && organizers.length > 0 ? (
        <fieldset>
          <legend>{ot("org.serves")}</legend>
          {organizers.map((o) => (
            <label key={o.id}>
              <input
                type="checkbox"
                checked={values.servesOrganizerIds.includes(o.id)}
                onChange={(e) =>
                  setValues({
                    ...values,
                    servesOrganizerIds: e.target.checked
                      ? [...values.servesOrganizerIds, o.id]
                      : values.servesOrganizerIds.filter((id) => id !== o.id),
                  })
                }
              />{" "}
              {o.name}
            </label>
          ))}
          {refusal?.fieldErrors.servesOrganizerIds ? <Alert>{refusal.message}</Alert> : null}
        </fieldset>
      ) : null}
      {refusal && !fieldErrorShown ? <Alert>{refusal.message}</Alert> : null}
      {saved ? <Alert tone="success">{ot("org.saved")}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {ot("org.save")}
      </Button>
    </form>
  );
}

/** The form's strings as the procedure's input: empty fields are absent. */
export function organizationInputOf(values: OrganizationValues) {
  return {
    kind: values.kind,
    servesOrganizerIds: values.kind === "billing_company" ? values.servesOrganizerIds : [],
    ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, values[f].trim() === "" ? null : values[f]])),
    name: values.name,
  };
}
