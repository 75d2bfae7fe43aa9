import { Alert, Button, Field } from "@reskontra/ui";
import { useState, type FormEvent } from "react";
import { refusalOf } from "../trpc";
import { useOrganizationText } from "./texts";

/** E-mail, optional name and the roles to give; a refusal lands at its field. */
export function InviteForm({
  roles,
  defaultRoles,
  onSubmit,
  pending,
  error,
  sentTo,
  title,
}: {
  roles: string[];
  defaultRoles: string[];
  onSubmit: (input: { email: string; name: string | null; roles: string[] }) => void;
  pending: boolean;
  error: unknown;
  sentTo: string | null;
  title: string;
}) {
  const { ot, roleName } = useOrganizationText();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<string[]>(defaultRoles);
  const refusal = refusalOf(error);
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ email, name: name.trim() === "" ? null : name, roles: chosen });
  }
  return (
    <form onSubmit={submit} noValidate aria-label={title} className="org-form">
      <h3>{title}</h3>
      <Field
        label={ot("people.email")}
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={refusal?.fieldErrors.email?.[0]}
      />
      <Field
        label={ot("people.inviteName")}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={refusal?.fieldErrors.name?.[0]}
      />
      {roles.length > 0 ? (
        <fieldset>
          <legend>{ot("people.roles")}</legend>
          {roles.map((r) => (
            <label key={r}>
              <input
                type="checkbox"
                checked={chosen.includes(r)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, r] : chosen.filter((x) => x !== r))}
              />{" "}
              {roleName(r)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {refusal && !refusal.fieldErrors.email && !refusal.fieldErrors.name ? <Alert>{refusal.message}</Alert> : null}
      {sentTo ? <Alert tone="success">{ot("people.sent", { email: sentTo })}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {ot("people.send")}
      </Button>
    </form>
  );
}
