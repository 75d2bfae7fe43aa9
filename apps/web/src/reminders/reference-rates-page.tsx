import { referenceRateInput } from "@reskontra/contracts/reminders";
import { REMINDER_LEGAL_LIMITS } from "@reskontra/domain";
import { Alert, Button, Card, DateTimeText, Field, SelectField, Table } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { inputResolver } from "../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../forms/server-errors";
import { useTRPC } from "../trpc";
import type { ReferenceRate, ReferenceRateInput } from "./api-types";
import { halfYearText, percentToBp, rateText } from "./rate-text";
import { useReminderText } from "./texts";

interface Form {
  year: string;
  half: "1" | "2";
  rate: string;
  source: string;
}

const inputOf = (f: Form): ReferenceRateInput => ({
  year: Number(f.year),
  half: f.half === "2" ? 2 : 1,
  rateBp: percentToBp(f.rate),
  source: f.source,
});

const SERVER_FIELD: Record<string, keyof Form> = { year: "year", half: "half", rateBp: "rate", source: "source" };
const fieldOf: FieldOf<Form> = (path) => SERVER_FIELD[path] ?? null;

function Source({ text }: { text: string }) {
  const url = /https?:\/\/\S+/.exec(text)?.[0];
  if (!url) return <>{text}</>;
  const before = text.slice(0, text.indexOf(url)).replace(/[;\s]+$/, "");
  return (
    <>
      {before ? `${before} ` : null}
      <a href={url} target="_blank" rel="noreferrer">
        {new URL(url).hostname}
      </a>
    </>
  );
}

/** The platform administrator's form: one half-year's rate with its source; the server audits it. */
function RateForm({ initial }: { initial: Form }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { rt, locale } = useReminderText();
  const save = useMutation(
    trpc.reminders.referenceRates.upsert.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.reminders.referenceRates.pathFilter()),
    }),
  );
  const form = useForm<Form, unknown, ReferenceRateInput>({
    resolver: inputResolver(referenceRateInput, inputOf, fieldOf, locale),
    defaultValues: initial,
  });
  const { general } = useServerErrors(form.setError, save.error, fieldOf);
  const { errors } = form.formState;
  return (
    <form onSubmit={(e) => void form.handleSubmit((input) => save.mutate(input))(e)} className="reminders-form" noValidate>
      <h3>{rt("rates.form.title")}</h3>
      <Field label={rt("rates.form.year")} inputMode="numeric" {...form.register("year")} error={errors.year?.message} />
      <SelectField
        label={rt("rates.form.half")}
        {...form.register("half")}
        options={[
          { value: "1", label: rt("rates.form.half1") },
          { value: "2", label: rt("rates.form.half2") },
        ]}
        error={errors.half?.message}
      />
      <Field label={rt("rates.form.rate")} inputMode="decimal" {...form.register("rate")} error={errors.rate?.message} />
      <Field label={rt("rates.form.source")} {...form.register("source")} error={errors.source?.message} />
      {general ? <Alert>{general}</Alert> : null}
      {save.data ? <Alert tone="success">{rt("rates.form.saved", { period: halfYearText(save.data) })}</Alert> : null}
      <Button type="submit" disabled={save.isPending}>
        {rt("rates.form.save")}
      </Button>
    </form>
  );
}

/** The reference rates with their sources; everyone signed in reads them, a platform administrator keeps them. */
export function ReferenceRatesPage({ canEdit }: { canEdit: boolean }) {
  const trpc = useTRPC();
  const { rt, locale } = useReminderText();
  const list = useQuery(trpc.reminders.referenceRates.list.queryOptions());
  const missing = list.data?.missing ?? [];
  const first = missing[0];
  const initial: Form = {
    year: String(first?.year ?? ""),
    half: first?.half === 2 ? "2" : "1",
    rate: "",
    source: "",
  };
  const rates = [...(list.data?.rates ?? [])].reverse();
  return (
    <Card title={rt("rates.title")}>
      <p>{rt("rates.hint")}</p>
      {missing.map((m) => (
        <Alert key={m.from}>{rt("rates.missing", { period: halfYearText(m) })}</Alert>
      ))}
      {list.data ? (
        <Table<ReferenceRate>
          rows={rates}
          rowKey={(r) => r.from}
          rowTestId={(r) => `rate-${r.from}`}
          empty={rt("rates.empty")}
          columns={[
            { key: "period", header: rt("rates.period"), cell: (r) => halfYearText(r) },
            { key: "rate", header: rt("rates.rate"), align: "right", cell: (r) => rateText(r.rateBp, locale) },
            {
              key: "consumer",
              header: rt("rates.consumer"),
              align: "right",
              cell: (r) => rateText(r.rateBp + REMINDER_LEGAL_LIMITS.consumer.interestMarginBp, locale),
            },
            {
              key: "business",
              header: rt("rates.business"),
              align: "right",
              cell: (r) => rateText(r.rateBp + REMINDER_LEGAL_LIMITS.business.interestMarginBp, locale),
            },
            { key: "source", header: rt("rates.source"), cell: (r) => <Source text={r.source} /> },
            {
              key: "updated",
              header: rt("rates.updated"),
              cell: (r) =>
                r.updatedByName ? (
                  <>
                    {r.updatedByName}, <DateTimeText instant={r.updatedAt} locale={locale} />
                  </>
                ) : (
                  rt("rates.shipped")
                ),
            },
          ]}
        />
      ) : (
        <p>{rt("loading")}</p>
      )}
      {canEdit && list.data ? <RateForm key={initial.year + initial.half} initial={initial} /> : null}
    </Card>
  );
}
