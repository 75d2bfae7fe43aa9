import { eventFieldsInput, recordEventInput } from "@reskontra/contracts/vouchers";
import { formatEurosFi, helsinkiToday } from "@reskontra/domain";
import { Alert, Button, Field, SelectField } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { inputResolver } from "../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../forms/server-errors";
import { refusalOf, useTRPC } from "../trpc";
import { optionalEurosToCents } from "../forms/euros-to-cents";
import { useUnsavedChanges } from "../forms/use-unsaved-changes";
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

interface EventFormValues {
  powerId: string;
  date: string;
  startTime: string;
  endTime: string;
  content: string;
  units: string;
  unitPrice: string;
}

/** What the user typed as the procedure's event fields: Helsinki wall-clock times and euro texts become instants and cents. */
function fieldsOf(form: EventFormValues) {
  return {
    startsAt: helsinkiInstant(form.date, form.startTime) ?? "",
    endsAt: helsinkiInstant(form.date, form.endTime) ?? "",
    content: form.content,
    units: Number(form.units.replace(",", ".")),
    unitPriceCents: optionalEurosToCents(form.unitPrice),
  };
}

// The procedure's own schemas judge the form; the client and booking come from the screen, not the user.
const newEventInput = recordEventInput.omit({ clientId: true, bookingId: true });
const newEventOf = (form: EventFormValues) => ({ ...fieldsOf(form), purchasingPowerId: form.powerId });

const SERVER_FIELD: Record<string, keyof EventFormValues> = {
  purchasingPowerId: "powerId",
  startsAt: "date",
  endsAt: "endTime",
  content: "content",
  units: "units",
  unitPriceCents: "unitPrice",
};
const fieldOf: FieldOf<EventFormValues> = (path) => SERVER_FIELD[path] ?? null;

/** Records a new event against a purchasing power, or edits a recorded one; the server's refusal is shown as it says it. */
export function EventForm({ args, event, onDone }: { args: Args; event?: EditableEvent; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { v, locale } = useVoucherText();
  const units = useQuery(trpc.vouchers.provider.purchasingPowers.queryOptions(args));
  const balances = useQuery(trpc.vouchers.provider.balancePowers.queryOptions(args));
  const powers = [...(units.data ?? []), ...(balances.data ?? [])].filter((p) => p.status !== "closed");
  const start = event ? helsinkiParts(event.startsAt) : { date: helsinkiToday(new Date()), time: "09:00" };
  const end = event ? helsinkiParts(event.endsAt) : { date: start.date, time: "10:00" };
  const form = useForm<EventFormValues, unknown, ReturnType<typeof newEventOf>>({
    resolver: event
      ? inputResolver(eventFieldsInput, newEventOf, fieldOf, locale)
      : inputResolver(newEventInput, newEventOf, fieldOf, locale),
    defaultValues: {
      powerId: event?.purchasingPowerId ?? "",
      date: start.date,
      startTime: start.time,
      endTime: end.time,
      content: event?.content ?? "",
      units: event ? String(event.units).replace(".", ",") : "1",
      unitPrice: event ? formatEurosFi(event.unitPriceCents) : "",
    },
  });
  const done = async () => {
    await queryClient.invalidateQueries(trpc.vouchers.provider.pathFilter());
    onDone();
  };
  const record = useMutation(trpc.vouchers.provider.recordEvent.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.vouchers.provider.updateEvent.mutationOptions({ onSuccess: done }));
  useUnsavedChanges(form.formState.isDirty && !record.isSuccess && !update.isSuccess);
  const error = record.error ?? update.error;
  useServerErrors(form.setError, error, fieldOf);
  const { errors } = form.formState;

  const submit = ({ purchasingPowerId, ...fields }: ReturnType<typeof newEventOf>) => {
    const input = { ...fields, organizationId: args.organizationId };
    if (event) update.mutate({ ...input, eventId: event.id });
    else record.mutate({ ...input, clientId: args.clientId, purchasingPowerId });
  };

  return (
    <form
      onSubmit={(e) => void form.handleSubmit(submit)(e)}
      className="voucher-form"
      aria-label={event ? v("event.form.titleEdit") : v("event.form.titleNew")}
    >
      <h3>{event ? v("event.form.titleEdit") : v("event.form.titleNew")}</h3>
      <p className="rk-hint">{v("event.form.lateHint")}</p>
      {!event ? (
        <SelectField
          label={v("event.form.power")}
          {...form.register("powerId")}
          required
          error={errors.powerId?.message}
          options={[
            { value: "", label: "–" },
            ...powers.map((p) => ({ value: p.id, label: `${p.voucherNumber} · ${p.serviceName}` })),
          ]}
        />
      ) : null}
      <Field label={v("event.form.date")} type="date" {...form.register("date")} required error={errors.date?.message} />
      <Field label={v("event.form.start")} type="time" {...form.register("startTime")} required />
      <Field label={v("event.form.end")} type="time" {...form.register("endTime")} required error={errors.endTime?.message} />
      <Field label={v("event.form.content")} {...form.register("content")} required error={errors.content?.message} />
      <Field
        label={v("event.form.units")}
        inputMode="decimal"
        {...form.register("units")}
        required
        error={errors.units?.message}
      />
      <Field
        label={v("event.form.unitPrice")}
        inputMode="decimal"
        {...form.register("unitPrice")}
        error={errors.unitPrice?.message}
      />
      {error ? <Alert>{refusalOf(error)?.message}</Alert> : null}
      {errors.root?.message ? <Alert>{errors.root.message}</Alert> : null}
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
