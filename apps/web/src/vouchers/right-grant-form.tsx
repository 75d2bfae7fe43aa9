import { Alert, Button, Field, SelectField } from "@reskontra/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { refusalOf, useTRPC } from "../trpc";
import { useVoucherText } from "./texts";

/** A service team's decision that a provider may serve the client's service: the client becomes visible to it. */
export function RightGrantForm({ organizerId, clientId }: { organizerId: string; clientId: string }) {
  const trpc = useTRPC();
  const { v } = useVoucherText();
  const settings = useQuery(trpc.vouchers.organizer.settings.queryOptions({ organizationId: organizerId }));
  const providers = useQuery(trpc.vouchers.organizer.providers.queryOptions({ organizationId: organizerId }));
  const [form, setForm] = useState({ serviceId: "", providerId: "", teamName: "", validFrom: "", validTo: "" });
  const grant = useMutation(trpc.vouchers.organizer.grantServiceTeamRight.mutationOptions());
  const refusal = refusalOf(grant.error);
  const fieldErrors = refusal?.fieldErrors ?? {};
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  return (
    <form
      className="voucher-form"
      aria-label={v("admin.grantRight")}
      onSubmit={(e) => {
        e.preventDefault();
        grant.mutate({
          organizationId: organizerId,
          clientId,
          serviceId: form.serviceId,
          providerId: form.providerId,
          teamName: form.teamName,
          validFrom: form.validFrom,
          validTo: form.validTo === "" ? null : form.validTo,
        });
      }}
    >
      <h3>{v("admin.grantRight")}</h3>
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
          { value: "", label: v("admin.chooseProvider") },
          ...(providers.data ?? []).map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      <Field label={v("admin.teamName")} value={form.teamName} onChange={set("teamName")} error={fieldErrors.teamName?.[0]} />
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
