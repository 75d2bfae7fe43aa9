import { Alert, Button, Field, SelectField } from "@reskontra/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { refusalOf, useTRPC } from "../trpc";
import { useVoucherText } from "./texts";
import { helsinkiInstant } from "./time-fields";

/** Books a service against one of the client's purchasing powers with a provider (palveluvaraus). */
export function BookingForm({ organizerId, clientId }: { organizerId: string; clientId: string }) {
  const trpc = useTRPC();
  const { v } = useVoucherText();
  const powers = useQuery(trpc.vouchers.organizer.clientPowers.queryOptions({ organizationId: organizerId, clientId }));
  const providers = useQuery(trpc.vouchers.organizer.providers.queryOptions({ organizationId: organizerId }));
  const [form, setForm] = useState({ powerId: "", providerId: "", date: "", startTime: "", endTime: "", content: "" });
  const book = useMutation(trpc.vouchers.organizer.createBooking.mutationOptions());
  const refusal = refusalOf(book.error);
  const fieldErrors = refusal?.fieldErrors ?? {};
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  return (
    <form
      className="voucher-form"
      aria-label={v("admin.newBooking")}
      onSubmit={(e) => {
        e.preventDefault();
        book.mutate({
          organizationId: organizerId,
          clientId,
          purchasingPowerId: form.powerId,
          providerId: form.providerId,
          // An unfilled time is sent empty so the server names the field.
          startsAt: helsinkiInstant(form.date, form.startTime) ?? "",
          endsAt: helsinkiInstant(form.date, form.endTime) ?? "",
          content: form.content,
        });
      }}
    >
      <h3>{v("admin.newBooking")}</h3>
      <SelectField
        label={v("admin.power")}
        value={form.powerId}
        onChange={set("powerId")}
        error={fieldErrors.purchasingPowerId?.[0]}
        options={[
          { value: "", label: v("admin.choosePower") },
          ...(powers.data ?? [])
            .filter((p) => p.status !== "closed")
            .map((p) => ({ value: p.id, label: `${p.voucherNumber} (${v(`admin.kind.${p.kind}`)})` })),
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
      <Field label={v("admin.startsAt")} type="date" value={form.date} onChange={set("date")} />
      <Field
        label={`${v("admin.startsAt")} (hh:mm)`}
        type="time"
        value={form.startTime}
        onChange={set("startTime")}
        error={fieldErrors.startsAt?.[0]}
      />
      <Field
        label={`${v("admin.endsAt")} (hh:mm)`}
        type="time"
        value={form.endTime}
        onChange={set("endTime")}
        error={fieldErrors.endsAt?.[0]}
      />
      <Field label={v("admin.content")} value={form.content} onChange={set("content")} error={fieldErrors.content?.[0]} />
      {refusal && Object.keys(fieldErrors).length === 0 ? <Alert>{refusal.message}</Alert> : null}
      {book.isSuccess ? <Alert tone="success">{v("admin.saved")}</Alert> : null}
      <Button type="submit" disabled={book.isPending}>
        {v("admin.book")}
      </Button>
    </form>
  );
}
