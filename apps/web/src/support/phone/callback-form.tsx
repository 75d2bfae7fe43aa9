import { createCallbackInput } from "@reskontra/contracts/support";
import { helsinkiToday, helsinkiWallClockToEpoch, isIsoDate } from "@reskontra/domain";
import { Alert, Button, Field, SelectField, TextAreaField } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { inputResolver } from "../../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../../forms/server-errors";
import { useTRPC } from "../../trpc";
import type { CreateCallback } from "./api-types";
import { usePhoneText } from "./texts";

interface Form {
  lineId: string;
  phoneNumber: string;
  contactName: string;
  date: string;
  time: string;
  note: string;
}

const FIELDS: Record<string, keyof Form> = {
  lineId: "lineId",
  phoneNumber: "phoneNumber",
  contactName: "contactName",
  promisedAt: "time",
  note: "note",
};
const fieldOf: FieldOf<Form> = (path) => FIELDS[path] ?? null;

/** "13.30", "13:30" or "9" on the Helsinki clock → minutes after midnight, or null. */
export function minuteOfText(text: string): number | null {
  const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? "0");
  return h < 24 && min < 60 ? h * 60 + min : null;
}

/** The promised instant of a Helsinki date and time as typed; an invalid one the schema refuses at the time field. */
export function promisedAtOf(date: string, time: string): Date {
  const minute = minuteOfText(time);
  if (!isIsoDate(date) || minute === null) return new Date(Number.NaN);
  return new Date(helsinkiWallClockToEpoch(date, minute));
}

/**
 * Promises a call back on a ticket at a Helsinki date and time; the server holds it to the line's
 * opening hours and says at the time field why not (e.g. "business days 10.00–15.00").
 */
export function CallbackForm(props: { ticketId: string | null; defaultPhoneNumber?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { pt, locale } = usePhoneText();
  const lines = useQuery(trpc.support.phone.lines.queryOptions());
  const toInput = (f: Form): CreateCallback => ({
    lineId: f.lineId,
    ticketId: props.ticketId,
    phoneNumber: f.phoneNumber,
    contactName: f.contactName,
    promisedAt: promisedAtOf(f.date, f.time),
    note: f.note,
  });
  const form = useForm<Form, unknown, CreateCallback>({
    resolver: inputResolver(createCallbackInput, toInput, fieldOf, locale, pt("form.required")),
    values: {
      lineId: lines.data?.[0]?.id ?? "",
      phoneNumber: props.defaultPhoneNumber ?? "",
      contactName: "",
      date: helsinkiToday(new Date()),
      time: "",
      note: "",
    },
    resetOptions: { keepDirtyValues: true },
  });
  const create = useMutation(
    trpc.support.phone.createCallback.mutationOptions({
      onSuccess: async () => {
        form.reset();
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.support.phone.dueCallbacks.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.support.phone.ticketCallbacks.queryKey() }),
        ]);
      },
    }),
  );
  const { general } = useServerErrors(form.setError, create.error, fieldOf);
  const { errors } = form.formState;
  return (
    <form
      className="phone-form"
      aria-label={pt("form.scheduleCallback")}
      noValidate
      onSubmit={(e) => void form.handleSubmit((input) => create.mutate(input))(e)}
    >
      <SelectField
        label={pt("form.line")}
        {...form.register("lineId")}
        options={(lines.data ?? []).map((l) => ({ value: l.id, label: locale === "en" ? l.nameEn : l.nameFi }))}
        error={errors.lineId?.message}
      />
      <Field
        label={pt("form.phoneNumber")}
        inputMode="tel"
        {...form.register("phoneNumber")}
        error={errors.phoneNumber?.message}
      />
      <Field label={pt("form.contactName")} {...form.register("contactName")} error={errors.contactName?.message} />
      <Field label={pt("form.date")} type="date" {...form.register("date")} error={errors.date?.message} />
      <Field
        label={pt("form.time")}
        hint={pt("form.timeHint")}
        inputMode="numeric"
        {...form.register("time")}
        error={
          errors.time ? (minuteOfText(form.getValues("time")) === null ? pt("form.timeInvalid") : errors.time.message) : undefined
        }
      />
      <TextAreaField label={pt("form.note")} {...form.register("note")} error={errors.note?.message} />
      {general ? <Alert>{general}</Alert> : null}
      {create.isSuccess ? <Alert tone="success">{pt("form.scheduled")}</Alert> : null}
      <Button type="submit" disabled={create.isPending}>
        {pt("form.schedule")}
      </Button>
    </form>
  );
}
