import { logCallInput } from "@reskontra/contracts/support";
import { TICKET_CATEGORIES } from "@reskontra/domain";
import { Alert, Button, Field, SelectField, TextAreaField } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { inputResolver } from "../../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../../forms/server-errors";
import { useTRPC } from "../../trpc";
import type { LogCall } from "./api-types";
import { usePhoneText } from "./texts";

interface Form {
  lineId: string;
  callerNumber: string;
  direction: "inbound" | "outbound";
  minutes: string;
  summary: string;
  subject: string;
  category: (typeof TICKET_CATEGORIES)[number];
}

const FIELDS: Record<string, keyof Form> = {
  lineId: "lineId",
  callerNumber: "callerNumber",
  direction: "direction",
  durationSeconds: "minutes",
  summary: "summary",
  subject: "subject",
  category: "category",
};
const fieldOf: FieldOf<Form> = (path) => FIELDS[path] ?? null;

/** "5" or "2,5" minutes → seconds; anything else is NaN for the schema to refuse at the field. */
function secondsOf(minutes: string): number {
  const n = Number(minutes.trim().replace(",", "."));
  return minutes.trim() === "" || !Number.isFinite(n) ? Number.NaN : Math.round(n * 60);
}

/**
 * An agent logs a call: on the ticket `ticketId`, or (null) as a new phone ticket with a subject.
 * The server recognises the caller by number and refuses a number that is none at the field.
 */
export function LogCallForm(props: {
  ticketId: string | null;
  onLogged?: (logged: { ticketId: string; ticketNumber: number }) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { pt, locale } = usePhoneText();
  const lines = useQuery(trpc.support.phone.lines.queryOptions());
  const toInput = (f: Form): LogCall => ({
    lineId: f.lineId,
    ticketId: props.ticketId,
    callerNumber: f.callerNumber,
    direction: f.direction,
    durationSeconds: secondsOf(f.minutes),
    summary: f.summary,
    ...(props.ticketId ? {} : { subject: f.subject, category: f.category }),
  });
  const form = useForm<Form, unknown, LogCall>({
    resolver: inputResolver(logCallInput, toInput, fieldOf, locale, pt("form.required")),
    values: {
      lineId: lines.data?.[0]?.id ?? "",
      callerNumber: "",
      direction: "inbound",
      minutes: "",
      summary: "",
      subject: "",
      category: "technical",
    },
    resetOptions: { keepDirtyValues: true },
  });
  const log = useMutation(
    trpc.support.phone.logCall.mutationOptions({
      onSuccess: async (logged) => {
        form.reset();
        props.onLogged?.(logged);
        await queryClient.invalidateQueries({ queryKey: trpc.support.phone.calls.queryKey() });
      },
    }),
  );
  const { general } = useServerErrors(form.setError, log.error, fieldOf);
  const { errors } = form.formState;
  return (
    <form
      className="phone-form"
      aria-label={props.ticketId ? pt("form.logCall") : pt("page.logNew")}
      noValidate
      onSubmit={(e) => void form.handleSubmit((input) => log.mutate(input))(e)}
    >
      <SelectField
        label={pt("form.line")}
        {...form.register("lineId")}
        options={(lines.data ?? []).map((l) => ({ value: l.id, label: locale === "en" ? l.nameEn : l.nameFi }))}
        error={errors.lineId?.message}
      />
      <Field
        label={pt("form.callerNumber")}
        inputMode="tel"
        {...form.register("callerNumber")}
        error={errors.callerNumber?.message}
      />
      <SelectField
        label={pt("form.direction")}
        {...form.register("direction")}
        options={[
          { value: "inbound", label: pt("calls.inbound") },
          { value: "outbound", label: pt("calls.outbound") },
        ]}
      />
      <Field
        label={pt("form.durationMinutes")}
        inputMode="decimal"
        {...form.register("minutes")}
        error={errors.minutes ? pt("form.durationInvalid") : undefined}
      />
      {props.ticketId ? null : (
        <>
          <Field label={pt("form.subject")} {...form.register("subject")} error={errors.subject?.message} />
          <SelectField
            label={pt("form.category")}
            {...form.register("category")}
            options={TICKET_CATEGORIES.map((c) => ({ value: c, label: pt(`category.${c}`) }))}
          />
        </>
      )}
      <TextAreaField label={pt("form.summary")} {...form.register("summary")} error={errors.summary?.message} />
      {general ? <Alert>{general}</Alert> : null}
      {log.isSuccess ? <Alert tone="success">{pt("page.logged", { number: String(log.data.ticketNumber) })}</Alert> : null}
      <Button type="submit" disabled={log.isPending}>
        {pt("form.save")}
      </Button>
    </form>
  );
}
