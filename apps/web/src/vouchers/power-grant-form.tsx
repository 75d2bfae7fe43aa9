import { grantPowerInput } from "@reskontra/contracts/vouchers";
import { Alert, Button, Field, SelectField } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useForm, useWatch } from "react-hook-form";
import { inputResolver } from "../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../forms/server-errors";
import { useTRPC } from "../trpc";
import { optionalEurosToCents } from "../forms/euros-to-cents";
import { useVoucherText } from "./texts";

interface PowerFormValues {
  serviceId: string;
  providerId: string;
  voucherNumber: string;
  kind: "units" | "balance";
  unitValue: string;
  quantity: string;
  balance: string;
  validFrom: string;
  validTo: string;
}

const EMPTY: PowerFormValues = {
  serviceId: "",
  providerId: "",
  voucherNumber: "",
  kind: "units",
  unitValue: "",
  quantity: "",
  balance: "",
  validFrom: "",
  validTo: "",
};

// The client comes from the screen; euro texts become cents, and only the kind's own amount is sent.
const powerInput = grantPowerInput.omit({ clientId: true });
const inputOf = (form: PowerFormValues) => ({
  serviceId: form.serviceId,
  providerId: form.providerId === "" ? null : form.providerId,
  voucherNumber: form.voucherNumber,
  kind: form.kind,
  unitValueCents: optionalEurosToCents(form.unitValue) ?? 0,
  ...(form.kind === "units"
    ? { quantity: Number(form.quantity.replace(",", ".")) }
    : { balanceCents: optionalEurosToCents(form.balance) ?? 0 }),
  validFrom: form.validFrom,
  validTo: form.validTo,
});

const SERVER_FIELD: Record<string, keyof PowerFormValues> = {
  serviceId: "serviceId",
  providerId: "providerId",
  voucherNumber: "voucherNumber",
  kind: "kind",
  unitValueCents: "unitValue",
  quantity: "quantity",
  balanceCents: "balance",
  validFrom: "validFrom",
  validTo: "validTo",
};
const fieldOf: FieldOf<PowerFormValues> = (path) => SERVER_FIELD[path] ?? null;

/** Grants a purchasing power (units × unit value) or a balance power (a euro balance) to a client. */
export function PowerGrantForm({ organizerId, clientId }: { organizerId: string; clientId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { v, locale } = useVoucherText();
  const settings = useQuery(trpc.vouchers.organizer.settings.queryOptions({ organizationId: organizerId }));
  const providers = useQuery(trpc.vouchers.organizer.providers.queryOptions({ organizationId: organizerId }));
  const form = useForm<PowerFormValues, unknown, ReturnType<typeof inputOf>>({
    resolver: inputResolver(powerInput, inputOf, fieldOf, locale),
    defaultValues: EMPTY,
  });
  const grant = useMutation(
    trpc.vouchers.organizer.grantPurchasingPower.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.vouchers.organizer.clientPowers.pathFilter()),
    }),
  );
  const { general } = useServerErrors(form.setError, grant.error, fieldOf);
  const { errors } = form.formState;
  const kind = useWatch({ control: form.control, name: "kind" });
  return (
    <form
      className="voucher-form"
      aria-label={v("admin.grantPower")}
      onSubmit={(e) => void form.handleSubmit((input) => grant.mutate({ ...input, organizationId: organizerId, clientId }))(e)}
    >
      <h3>{v("admin.grantPower")}</h3>
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
          { value: "", label: v("admin.anyProvider") },
          ...(providers.data ?? []).map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      <Field label={v("admin.voucherNumber")} {...form.register("voucherNumber")} error={errors.voucherNumber?.message} />
      <SelectField
        label={v("admin.kind")}
        {...form.register("kind")}
        options={[
          { value: "units", label: v("admin.kind.units") },
          { value: "balance", label: v("admin.kind.balance") },
        ]}
      />
      <Field label={v("admin.unitValue")} inputMode="decimal" {...form.register("unitValue")} error={errors.unitValue?.message} />
      {kind === "units" ? (
        <Field
          key="quantity"
          label={v("admin.quantity")}
          inputMode="decimal"
          {...form.register("quantity")}
          error={errors.quantity?.message}
        />
      ) : (
        <Field
          key="balance"
          label={v("admin.balance")}
          inputMode="decimal"
          {...form.register("balance")}
          error={errors.balance?.message}
        />
      )}
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
