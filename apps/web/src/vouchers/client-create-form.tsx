import { isValidHetu } from "@reskontra/domain";
import { Alert, Button, Field } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { refusalOf, useTRPC } from "../trpc";
import { useVoucherText } from "./texts";

const EMPTY = { name: "", hetu: "", street: "", postalCode: "", city: "", email: "" };

/** The organizer registers a client; the identity code is checked here first so the refusal sits at its field at once. */
export function ClientCreateForm({ organizerId, onCreated }: { organizerId: string; onCreated: (id: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { v } = useVoucherText();
  const [form, setForm] = useState(EMPTY);
  const [hetuError, setHetuError] = useState<string | undefined>();
  const create = useMutation(
    trpc.vouchers.organizer.createClient.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries(trpc.vouchers.organizer.clients.pathFilter());
        setForm(EMPTY);
        onCreated(id);
      },
    }),
  );
  const refusal = refusalOf(create.error);
  const fieldErrors = refusal?.fieldErrors ?? {};
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const optional = (text: string) => (text.trim() === "" ? null : text.trim());
  return (
    <form
      className="voucher-form"
      aria-label={v("admin.newClient")}
      onSubmit={(e) => {
        e.preventDefault();
        const hetu = form.hetu.trim().toUpperCase();
        if (!isValidHetu(hetu)) {
          setHetuError(v("admin.hetuInvalid"));
          return;
        }
        setHetuError(undefined);
        create.mutate({
          organizationId: organizerId,
          name: form.name,
          hetu,
          street: optional(form.street),
          postalCode: optional(form.postalCode),
          city: optional(form.city),
          email: optional(form.email),
        });
      }}
    >
      <h3>{v("admin.newClient")}</h3>
      <Field label={v("admin.name")} value={form.name} onChange={set("name")} error={fieldErrors.name?.[0]} />
      <Field
        label={v("admin.hetu")}
        value={form.hetu}
        onChange={set("hetu")}
        autoComplete="off"
        error={hetuError ?? fieldErrors.hetu?.[0]}
      />
      <Field label={v("admin.street")} value={form.street} onChange={set("street")} error={fieldErrors.street?.[0]} />
      <Field
        label={v("admin.postalCode")}
        value={form.postalCode}
        onChange={set("postalCode")}
        error={fieldErrors.postalCode?.[0]}
      />
      <Field label={v("admin.city")} value={form.city} onChange={set("city")} error={fieldErrors.city?.[0]} />
      <Field label={v("admin.email")} value={form.email} onChange={set("email")} error={fieldErrors.email?.[0]} />
      {refusal && Object.keys(fieldErrors).length === 0 ? <Alert>{refusal.message}</Alert> : null}
      <Button type="submit" disabled={create.isPending}>
        {v("admin.create")}
      </Button>
    </form>
  );
}
