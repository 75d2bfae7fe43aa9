import { creditInput } from "@reskontra/contracts/vouchers";
import { Alert, Button, Field, formatDate, formatMoney, SelectField } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { inputResolver } from "../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../forms/server-errors";
import { refusalOf, useTRPC } from "../trpc";
import { optionalEurosToCents } from "../forms/euros-to-cents";
import type { SearchedEvent } from "./event-search";
import { useVoucherText } from "./texts";

interface CreditFormValues {
  reasonCode: string;
  explanation: string;
  amount: string;
}

// The event comes from the screen; the euro text becomes the procedure's cents.
const creditFormInput = creditInput.omit({ eventId: true });
const inputOf = (form: CreditFormValues) => ({
  reasonCode: form.reasonCode,
  explanation: form.explanation,
  amountCents: optionalEurosToCents(form.amount),
});

const SERVER_FIELD: Record<string, keyof CreditFormValues> = {
  reasonCode: "reasonCode",
  explanation: "explanation",
  amountCents: "amount",
};
const fieldOf: FieldOf<CreditFormValues> = (path) => SERVER_FIELD[path] ?? null;

/**
 * The credit dialog: reason code from the organizer's list, an explanation the provider receives by
 * e-mail, an optional amount. It first names what will happen: which event, whose, and its value.
 */
export function CreditForm({
  organizerId,
  event,
  onDone,
}: {
  organizerId: string;
  event: Pick<SearchedEvent, "id" | "eventDate" | "clientName" | "providerName" | "voucherValueCents">;
  /** `true` when the credit was saved, `false` when cancelled. */
  onDone: (credited: boolean) => void;
}) {
  const eventId = event.id;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { v, locale } = useVoucherText();
  const settings = useQuery(trpc.vouchers.organizer.settings.queryOptions({ organizationId: organizerId }));
  const form = useForm<CreditFormValues, unknown, ReturnType<typeof inputOf>>({
    resolver: inputResolver(creditFormInput, inputOf, fieldOf, locale),
    defaultValues: { reasonCode: "", explanation: "", amount: "" },
  });
  const credit = useMutation(
    trpc.vouchers.organizer.credit.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.vouchers.organizer.pathFilter());
        onDone(true);
      },
    }),
  );
  useServerErrors(form.setError, credit.error, fieldOf);
  const { errors } = form.formState;
  return (
    <form
      role="dialog"
      aria-label={v("credit.title")}
      className="voucher-form"
      onSubmit={(e) => void form.handleSubmit((input) => credit.mutate({ ...input, organizationId: organizerId, eventId }))(e)}
    >
      <h3>{v("credit.title")}</h3>
      <p data-testid="credit-summary">
        {v("confirm.credit", {
          date: formatDate(event.eventDate, locale),
          client: event.clientName,
          provider: event.providerName,
          amount: formatMoney(event.voucherValueCents, locale),
        })}
      </p>
      <SelectField
        label={v("credit.reason")}
        {...form.register("reasonCode")}
        error={errors.reasonCode?.message}
        options={[
          { value: "", label: v("credit.chooseReason") },
          ...(settings.data?.creditReasons ?? []).map((r) => ({
            value: r.code,
            label: `${r.code} – ${locale === "fi" ? r.labelFi : r.labelEn}`,
          })),
        ]}
      />
      <Field label={v("credit.explanation")} {...form.register("explanation")} error={errors.explanation?.message} />
      <Field label={v("credit.amount")} inputMode="decimal" {...form.register("amount")} error={errors.amount?.message} />
      {credit.error ? <Alert>{refusalOf(credit.error)?.message}</Alert> : null}
      {errors.root?.message ? <Alert>{errors.root.message}</Alert> : null}
      <div className="voucher-actions">
        <Button type="submit" disabled={credit.isPending}>
          {v("credit.submit")}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {v("cancel")}
        </Button>
      </div>
    </form>
  );
}
