import { grantRightInput } from "@reskontra/contracts/vouchers";
import { Alert, Button, Field, SelectField } from "@reskontra/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { inputResolver } from "../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../forms/server-errors";
import { useTRPC } from "../trpc";
import { useVoucherText } from "./texts";

const EMPTY = { serviceId: "", providerId: "", teamName: "", validFrom: "", validTo: "" };
type RightFormValues = typeof EMPTY;

// The client comes from the screen; an empty end date is an open-ended right.
const rightInput = grantRightInput.omit({ clientId: true });
const inputOf = (form: RightFormValues) => ({ ...form, validTo: form.validTo === "" ? null : form.validTo });
const fieldOf: FieldOf<RightFormValues> = (path) => (path in EMPTY ? (path as keyof RightFormValues) : null);

/** A service team's decision that a provider may serve the client's service: the client becomes visible to it. */
export function RightGrantForm({ organizerId, clientId }: { organizerId: string; clientId: string }) {
  const trpc = useTRPC();
  const { v, locale } = useVoucherText();
  const settings = useQuery(trpc.vouchers.organizer.settings.queryOptions({ organizationId: organizerId }));
  const providers = useQuery(trpc.vouchers.organizer.providers.queryOptions({ organizationId: organizerId }));
  const form = useForm<RightFormValues, unknown, ReturnType<typeof inputOf>>({
    resolver: inputResolver(rightInput, inputOf, fieldOf, locale),
    defaultValues: EMPTY,
  });
  const grant = useMutation(trpc.vouchers.organizer.grantServiceTeamRight.mutationOptions());
  const { general } = useServerErrors(form.setError, grant.error, fieldOf);
  const { errors } = form.formState;
  return (
    <form
      className="voucher-form"
      aria-label={v("admin.grantRight")}
      onSubmit={(e) => void form.handleSubmit((input) => grant.mutate({ ...input, organizationId: organizerId, clientId }))(e)}
    >
      <h3>{v("admin.grantRight")}</h3>
      <SelectField
        label={v("admin.service")}
        {...form.register("serviceId")}
        error={errors.serviceId?.message}
        options={[
          { value: "", label: v("admin.chooseService") },
          ...(settings.data?.services ?? []).map((s) => ({ value: s.id, label: s.name })),
        ]}
      />
      <SelectField
        label={v("admin.provider")}
        {...form.register("providerId")}
        error={errors.providerId?.message}
        options={[
          { value: "", label: v("admin.chooseProvider") },
          ...(providers.data ?? []).map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      <Field label={v("admin.teamName")} {...form.register("teamName")} error={errors.teamName?.message} />
      <Field label={v("admin.validFrom")} type="date" {...form.register("validFrom")} error={errors.validFrom?.message} />
      <Field label={v("admin.validTo")} type="date" {...form.register("validTo")} error={errors.validTo?.message} />
      {general ? <Alert>{general}</Alert> : null}
      {errors.root?.message ? <Alert>{errors.root.message}</Alert> : null}
      {grant.isSuccess ? <Alert tone="success">{v("admin.saved")}</Alert> : null}
      <Button type="submit" disabled={grant.isPending}>
        {v("admin.grant")}
      </Button>
    </form>
  );
}
