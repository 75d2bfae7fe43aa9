import { Alert, Button, Field, SelectField } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { refusalOf, useTRPC } from "../trpc";
import { eurosToCents } from "./pdf";
import { useVoucherText } from "./texts";

/** Grants a purchasing power (units × unit value) or a balance power (a euro balance) to a client. */
export function PowerGrantForm({ organizerId, clientId }: { organizerId: string; clientId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { v } = useVoucherText();
  const settings = useQuery(trpc.vouchers.organizer.settings.queryOptions({ organizationId: organizerId }));
  const providers = useQuery(trpc.vouchers.organizer.providers.queryOptions({ organizationId: organizerId }));
  const [form, setForm] = useState({
    serviceId: "",
    providerId: "",
    voucherNumber: "",
    kind: "units" as "units" | "balance",
    unitValue: "",
    quantity: "",
    balance: "",
    validFrom: "",
    validTo: "",
  });
  const grant = useMutation(
    trpc.vouchers.organizer.grantPurchasingPower.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.vouchers.organizer.clientPowers.pathFilter()),
    }),
  );
  const refusal = refusalOf(grant.error);
  const fieldErrors = refusal?.fieldErrors ?? {};
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  return (
    <form
      className="voucher-form"
      aria-label={v("admin.grantPower")}
      onSubmit={(e) => {
        e.preventDefault();
        grant.mutate({
          organizationId: organizerId,
          clientId,
          serviceId: form.serviceId,
          providerId: form.providerId === "" ? null : form.providerId,
          voucherNumber: form.voucherNumber,
          kind: form.kind,
          unitValueCents: eurosToCents(form.unitValue) ?? 0,
          ...(form.kind === "units"
            ? { quantity: Number(form.quantity.replace(",", ".")) }
            : { balanceCents: eurosToCents(form.balance) ?? 0 }),
          validFrom: form.validFrom,
          validTo: form.validTo,
        });
      }}
    >
      <h3>{v("admin.grantPower")}</h3>
      <SelectField
        label={v("admin.service")}
        value={form.serviceId}
        onChange={set("serviceId")}
        error={fieldErrors.serviceId?.[0]}
        options={[
          { value: "", label: v("admin.chooseService") },
          ...(settings.data?.services ?? []).map((s) => ({ value: s.id, label: s.name })),
        ]}
      />
      <SelectField
        label={v("admin.provider")}
        value={form.providerId}
        onChange={set("providerId")}
        error={fieldErrors.providerId?.[0]}
        options={[
          { value: "", label: v("admin.anyProvider") },
          ...(providers.data ?? []).map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      <Field
        label={v("admin.voucherNumber")}
        value={form.voucherNumber}
        onChange={set("voucherNumber")}
        error={fieldErrors.voucherNumber?.[0]}
      />
      <SelectField
        label={v("admin.kind")}
        value={form.kind}
        onChange={(e) => setForm({ ...form, kind: e.target.value === "balance" ? "balance" : "units" })}
        options={[
          { value: "units", label: v("admin.kind.units") },
          { value: "balance", label: v("admin.kind.balance") },
        ]}
      />
      <Field
        label={v("admin.unitValue")}
        inputMode="decimal"
        value={form.unitValue}
        onChange={set("unitValue")}
        error={fieldErrors.unitValueCents?.[0]}
      />
      {form.kind === "units" ? (
        <Field
          label={v("admin.quantity")}
          inputMode="decimal"
          value={form.quantity}
          onChange={set("quantity")}
          error={fieldErrors.quantity?.[0]}
        />
      ) : (
        <Field
          label={v("admin.balance")}
          inputMode="decimal"
          value={form.balance}
          onChange={set("balance")}
          error={fieldErrors.balanceCents?.[0]}
        />
      )}
      <Field
        label={v("admin.validFrom")}
        type="date"
        value={form.validFrom}
        onChange={set("validFrom")}
        error={fieldErrors.validFrom?.[0]}
      />
      <Field
        label={v("admin.validTo")}
        type="date"
        value={form.validTo}
        onChange={set("validTo")}
        error={fieldErrors.validTo?.[0]}
      />
      {refusal && Object.keys(fieldErrors).length === 0 ? <Alert>{refusal.message}</Alert> : null}
      {grant.isSuccess ? <Alert tone="success">{v("admin.saved")}</Alert> : null}
      <Button type="submit" disabled={grant.isPending}>
        {v("admin.grant")}
      </Button>
    </form>
  );
}
