import { formatEurosFi, helsinkiToday } from "@reskontra/domain";
import { Alert, Button, Field, SelectField } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { refusalOf, useTRPC } from "../trpc";
import { eurosToCents } from "./pdf";
import { useVoucherText } from "./texts";
import { helsinkiInstant, helsinkiParts } from "./time-fields";

type Args = { organizationId: string; clientId: string };

export interface EditableEvent {
  id: string;
  purchasingPowerId: string;
  startsAt: Date;
  endsAt: Date;
  content: string;
  units: number;
  unitPriceCents: number;
}

/** Records a new event against a purchasing power, or edits a recorded one; the server's refusal is shown as it says it. */
export function EventForm({ args, event, onDone }: { args: Args; event?: EditableEvent; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { v } = useVoucherText();
  const units = useQuery(trpc.vouchers.provider.purchasingPowers.queryOptions(args));
  const balances = useQuery(trpc.vouchers.provider.balancePowers.queryOptions(args));
  const powers = [...(units.data ?? []), ...(balances.data ?? [])].filter((p) => p.status !== "closed");
  const start = event ? helsinkiParts(event.startsAt) : { date: helsinkiToday(new Date()), time: "09:00" };
  const end = event ? helsinkiParts(event.endsAt) : { date: start.date, time: "10:00" };
  const [form, setForm] = useState({
    powerId: event?.purchasingPowerId ?? "",
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    content: event?.content ?? "",
    units: event ? String(event.units).replace(".", ",") : "1",
    unitPrice: event ? formatEurosFi(event.unitPriceCents) : "",
  });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const done = async () => {
    await queryClient.invalidateQueries(trpc.vouchers.provider.pathFilter());
    onDone();
  };
  const record = useMutation(trpc.vouchers.provider.recordEvent.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.vouchers.provider.updateEvent.mutationOptions({ onSuccess: done }));
  const error = record.error ?? update.error;
  const fieldErrors = refusalOf(error)?.fieldErrors ?? {};

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const startsAt = helsinkiInstant(form.date, form.startTime);
    const endsAt = helsinkiInstant(form.date, form.endTime);
    if (!startsAt || !endsAt) return;
    const fields = {
      organizationId: args.organizationId,
      startsAt,
      endsAt,
      content: form.content,
      units: Number(form.units.replace(",", ".")),
      unitPriceCents: eurosToCents(form.unitPrice),
    };
    if (event) update.mutate({ ...fields, eventId: event.id });
    else record.mutate({ ...fields, clientId: args.clientId, purchasingPowerId: form.powerId });
  };

  return (
    <form onSubmit={submit} className="voucher-form" aria-label={event ? v("event.form.titleEdit") : v("event.form.titleNew")}>
      <h3>{event ? v("event.form.titleEdit") : v("event.form.titleNew")}</h3>
      <p className="rk-hint">{v("event.form.lateHint")}</p>
      {!event ? (
        <SelectField
          label={v("event.form.power")}
          value={form.powerId}
          onChange={set("powerId")}
          required
          error={fieldErrors.purchasingPowerId?.[0]}
          options={[
            { value: "", label: "–" },
            ...powers.map((p) => ({ value: p.id, label: `${p.voucherNumber} · ${p.serviceName}` })),
          ]}
        />
      ) : null}
      <Field
        label={v("event.form.date")}
        type="date"
        value={form.date}
        onChange={set("date")}
        required
        error={fieldErrors.startsAt?.[0]}
      />
      <Field label={v("event.form.start")} type="time" value={form.startTime} onChange={set("startTime")} required />
      <Field
        label={v("event.form.end")}
        type="time"
        value={form.endTime}
        onChange={set("endTime")}
        required
        error={fieldErrors.endsAt?.[0]}
      />
      <Field
        label={v("event.form.content")}
        value={form.content}
        onChange={set("content")}
        required
        error={fieldErrors.content?.[0]}
      />
      <Field
        label={v("event.form.units")}
        inputMode="decimal"
        value={form.units}
        onChange={set("units")}
        required
        error={fieldErrors.units?.[0]}
      />
      <Field
        label={v("event.form.unitPrice")}
        inputMode="decimal"
        value={form.unitPrice}
        onChange={set("unitPrice")}
        error={fieldErrors.unitPriceCents?.[0]}
      />
      {error ? <Alert>{refusalOf(error)?.message}</Alert> : null}
      <div className="voucher-actions">
        <Button type="submit" disabled={record.isPending || update.isPending}>
          {v("event.form.save")}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {v("cancel")}
        </Button>
      </div>
    </form>
  );
}
