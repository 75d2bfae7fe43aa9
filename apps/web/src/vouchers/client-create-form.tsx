import { createClientInput } from "@reskontra/contracts/vouchers";
import { isValidHetu } from "@reskontra/domain";
import { Alert, Button, Field } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { inputResolver } from "../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../forms/server-errors";
import { useTRPC } from "../trpc";
import { useVoucherText } from "./texts";

const EMPTY = { name: "", hetu: "", street: "", postalCode: "", city: "", email: "" };
type ClientFormValues = typeof EMPTY;

const optional = (text: string) => (text.trim() === "" ? null : text.trim());
const inputOf = (form: ClientFormValues) => ({
  name: form.name,
  hetu: form.hetu.trim().toUpperCase(),
  street: optional(form.street),
  postalCode: optional(form.postalCode),
  city: optional(form.city),
  email: optional(form.email),
});
const fieldOf: FieldOf<ClientFormValues> = (path) => (path in EMPTY ? (path as keyof ClientFormValues) : null);

/** The organizer registers a client; the identity code is checked here first so the refusal sits at its field at once. */
export function ClientCreateForm({ organizerId, onCreated }: { organizerId: string; onCreated: (id: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { v, locale } = useVoucherText();
  const clientInput = useMemo(
    () =>
      createClientInput.extend({
        hetu: createClientInput.shape.hetu.refine((hetu) => isValidHetu(hetu), { message: v("admin.hetuInvalid") }),
      }),
    [v],
  );
  const form = useForm<ClientFormValues, unknown, ReturnType<typeof inputOf>>({
    resolver: inputResolver(clientInput, inputOf, fieldOf, locale),
    defaultValues: EMPTY,
  });
  const create = useMutation(
    trpc.vouchers.organizer.createClient.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries(trpc.vouchers.organizer.clients.pathFilter());
        form.reset(EMPTY);
        onCreated(id);
      },
    }),
  );
  const { general } = useServerErrors(form.setError, create.error, fieldOf);
  const { errors } = form.formState;
  return (
    <form
      className="voucher-form"
      aria-label={v("admin.newClient")}
      onSubmit={(e) => void form.handleSubmit((input) => create.mutate({ ...input, organizationId: organizerId }))(e)}
    >
      <h3>{v("admin.newClient")}</h3>
      <Field label={v("admin.name")} {...form.register("name")} error={errors.name?.message} />
      <Field label={v("admin.hetu")} {...form.register("hetu")} autoComplete="off" error={errors.hetu?.message} />
      <Field label={v("admin.street")} {...form.register("street")} error={errors.street?.message} />
      <Field label={v("admin.postalCode")} {...form.register("postalCode")} error={errors.postalCode?.message} />
      <Field label={v("admin.city")} {...form.register("city")} error={errors.city?.message} />
      <Field label={v("admin.email")} {...form.register("email")} error={errors.email?.message} />
      {general ? <Alert>{general}</Alert> : null}
      {errors.root?.message ? <Alert>{errors.root.message}</Alert> : null}
      <Button type="submit" disabled={create.isPending}>
        {v("admin.create")}
      </Button>
    </form>
  );
}
