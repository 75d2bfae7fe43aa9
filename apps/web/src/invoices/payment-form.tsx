import { formatEurosFi, formatMoney, helsinkiToday, parseMoney } from "@reskontra/domain";
import { Alert, Button, Card, Field } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useInvoiceText } from "./use-invoice-text";
import { refusalOf, useTRPC } from "../trpc";
import { fieldErrorsOf } from "./field-errors";

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
  const [amount, setAmount] = useState(formatEurosFi(openCents));
  const [paidOn, setPaidOn] = useState(helsinkiToday(new Date()));
  const [amountError, setAmountError] = useState<string | undefined>();
  const record = useMutation(
    trpc.invoices.recordPayment.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.invoices.pathFilter());
        onDone(t("pay.recorded", { number: invoiceNumber }));
      },
    }),
  );
  const serverErrors = fieldErrorsOf(record.error);

  function submit(e: FormEvent) {
    e.preventDefault();
    const cents = parseMoney(amount);
    if (cents === null || cents <= 0) {
      setAmountError(t("form.invalidAmount"));
      return;
    }
    setAmountError(undefined);
    record.mutate({ invoiceId, amountCents: cents, paidOn });
  }

  return (
    <Card title={t("pay.formTitle", { number: invoiceNumber })}>
      <form onSubmit={submit} noValidate>
        {/* A refusal about a field is shown at that field only, not twice. */}
        {record.error && !serverErrors.amountCents && !serverErrors.paidOn ? (
          <Alert>{refusalOf(record.error)?.message}</Alert>
        ) : null}
        <div className="invoice-grid">
          <Field
            label={t("pay.amount")}
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            hint={t("pay.amountHint", { open: formatMoney(openCents, locale) })}
            error={amountError ?? serverErrors.amountCents}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the form opens on the user's click; focus follows into it
            autoFocus
          />
          <Field
            label={t("pay.paidOn")}
            type="date"
            value={paidOn}
            onChange={(e) => setPaidOn(e.target.value)}
            error={serverErrors.paidOn}
          />
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
