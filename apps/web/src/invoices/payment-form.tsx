import { recordPaymentInput } from "@reskontra/contracts/invoices";
import { formatEurosFi, formatMoney, helsinkiToday, parseMoney } from "@reskontra/domain";
import { Alert, Button, Card, Field } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { inputResolver } from "../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../forms/server-errors";
import { useInvoiceText } from "./use-invoice-text";
import { useTRPC } from "../trpc";

interface PaymentFormValues {
  amount: string;
  paidOn: string;
}

const inputOf = (form: PaymentFormValues) => ({ amountCents: parseMoney(form.amount) ?? Number.NaN, paidOn: form.paidOn });
const fieldOf: FieldOf<PaymentFormValues> = (path) => (path === "amountCents" ? "amount" : path === "paidOn" ? "paidOn" : null);

/** Records a full or partial payment; the open amount is the default, the server refuses overpayment. */
export function PaymentForm({
  invoiceId,
  invoiceNumber,
  openCents,
  onDone,
  onCancel,
}: {
  invoiceId: string;
  invoiceNumber: string;
  openCents: number;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useInvoiceText();
  const paymentInput = useMemo(() => {
    const { amountCents } = recordPaymentInput.shape;
    // Text that is no amount at all is named in the form's words; the amount itself is the api's rule.
    const amount = z.custom<number>((cents) => Number.isFinite(cents), { message: t("form.invalidAmount") });
    return recordPaymentInput.omit({ invoiceId: true }).extend({ amountCents: amount.pipe(amountCents) });
  }, [t]);
  const form = useForm<PaymentFormValues, unknown, ReturnType<typeof inputOf>>({
    resolver: inputResolver(paymentInput, inputOf, fieldOf, locale),
    defaultValues: { amount: formatEurosFi(openCents), paidOn: helsinkiToday(new Date()) },
  });
  const record = useMutation(
    trpc.invoices.recordPayment.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.invoices.pathFilter());
        onDone(t("pay.recorded", { number: invoiceNumber }));
      },
    }),
  );
  // A refusal about a field is shown at that field only, not twice.
  const { general } = useServerErrors(form.setError, record.error, fieldOf);
  const { errors } = form.formState;

  return (
    <Card title={t("pay.formTitle", { number: invoiceNumber })}>
      <form onSubmit={(e) => void form.handleSubmit((input) => record.mutate({ ...input, invoiceId }))(e)} noValidate>
        {general ? <Alert>{general}</Alert> : null}
        {errors.root?.message ? <Alert>{errors.root.message}</Alert> : null}
        <div className="invoice-grid">
          <Field
            label={t("pay.amount")}
            inputMode="decimal"
            {...form.register("amount")}
            hint={t("pay.amountHint", { open: formatMoney(openCents, locale) })}
            error={errors.amount?.message}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the form opens on the user's click; focus follows into it
            autoFocus
          />
          <Field label={t("pay.paidOn")} type="date" {...form.register("paidOn")} error={errors.paidOn?.message} />
        </div>
        <div className="invoice-actions">
          <Button type="submit" disabled={record.isPending}>
            {t("pay.save")}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
