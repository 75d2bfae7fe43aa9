import { thirdPartyInput } from "@reskontra/contracts/support";
import { THIRD_PARTY_KINDS } from "@reskontra/domain";
import { Alert, Button, Field, SelectField, TextAreaField } from "@reskontra/ui";
import { useForm } from "react-hook-form";
import { inputResolver } from "../../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../../forms/server-errors";
import type { PartyInput, ThirdParty } from "./api-types";
import { useThirdPartyText } from "./texts";

interface Form {
  name: string;
  kind: PartyInput["kind"];
  phone: string;
  email: string;
  website: string;
  instructionsFi: string;
  instructionsEn: string;
}

export const NEW_PARTY: Form = {
  name: "",
  kind: "einvoice_operator",
  phone: "",
  email: "",
  website: "",
  instructionsFi: "",
  instructionsEn: "",
};

export function partyForm(p: ThirdParty): Form {
  return {
    name: p.name,
    kind: p.kind,
    phone: p.phone ?? "",
    email: p.email ?? "",
    website: p.website ?? "",
    instructionsFi: p.instructionsFi,
    instructionsEn: p.instructionsEn,
  };
}

const inputOf = (f: Form): PartyInput => ({
  ...f,
  phone: f.phone.trim() || null,
  email: f.email.trim() || null,
  website: f.website.trim() || null,
});

const FIELDS = new Set<keyof Form>(["name", "kind", "phone", "email", "website", "instructionsFi", "instructionsEn"]);
const fieldOf: FieldOf<Form> = (path) => {
  const name = path.replace(/^party\./, "") as keyof Form;
  return FIELDS.has(name) ? name : null;
};

/** A third party's name, kind and direct contact; checked by the procedure's own schema. */
export function PartyForm(props: {
  initial: Form;
  busy: boolean;
  error: unknown;
  saved?: boolean;
  onSubmit: (party: PartyInput) => void;
}) {
  const { tt, locale, fieldError } = useThirdPartyText();
  const form = useForm<Form, unknown, PartyInput>({
    resolver: inputResolver(thirdPartyInput, inputOf, fieldOf, locale, tt("field.required")),
    defaultValues: props.initial,
  });
  const { general } = useServerErrors(form.setError, props.error, fieldOf);
  const { errors } = form.formState;
  return (
    <form onSubmit={(e) => void form.handleSubmit(props.onSubmit)(e)} className="third-party-form" noValidate>
      <Field label={tt("field.name")} {...form.register("name")} error={fieldError(errors.name?.message)} />
      <SelectField
        label={tt("field.kind")}
        {...form.register("kind")}
        options={THIRD_PARTY_KINDS.map((k) => ({ value: k, label: tt(`kind.${k}`) }))}
        error={fieldError(errors.kind?.message)}
      />
      <Field label={tt("field.phone")} type="tel" {...form.register("phone")} error={fieldError(errors.phone?.message)} />
      <Field label={tt("field.email")} type="email" {...form.register("email")} error={fieldError(errors.email?.message)} />
      <Field label={tt("field.website")} type="url" {...form.register("website")} error={fieldError(errors.website?.message)} />
      <TextAreaField
        label={tt("field.instructionsFi")}
        {...form.register("instructionsFi")}
        error={fieldError(errors.instructionsFi?.message)}
      />
      <TextAreaField
        label={tt("field.instructionsEn")}
        {...form.register("instructionsEn")}
        error={fieldError(errors.instructionsEn?.message)}
      />
      {general ? <Alert>{general}</Alert> : null}
      {props.saved ? <Alert tone="success">{tt("form.saved")}</Alert> : null}
      <Button type="submit" disabled={props.busy}>
        {tt("form.save")}
      </Button>
    </form>
  );
}
