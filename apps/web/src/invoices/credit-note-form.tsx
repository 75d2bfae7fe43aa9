import { createCreditNoteInput } from "@reskontra/contracts/invoices";
import { formatMoney } from "@reskontra/domain";
import { Alert, Button, Card, TextAreaField } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { inputResolver } from "../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../forms/server-errors";
import { refusalOf, useTRPC } from "../trpc";
import { useInvoiceText } from "./use-invoice-text";

interface CreditForm {
  reason: string;
}

// The invoice comes from the screen; the agent writes the reason.
const creditNoteInput = createCreditNoteInput.omit({ invoiceId: true });
const inputOf = (form: CreditForm) => ({ reason: form.reason });

const fieldOf: FieldOf<CreditForm> = (path) => (path === "reason" ? "reason" : null);

/** Credits a sent invoice in full with a reason; the server creates the credit note and closes the receivable. */
export function CreditNoteForm({
  invoiceId,
  invoiceNumber,
  customerName,
  openCents,
  onDone,
  onCancel,
}: {
  invoiceId: string;
  invoiceNumber: string;
  customerName: string;
  openCents: number;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useInvoiceText();
  const form = useForm<CreditForm, unknown, ReturnType<typeof inputOf>>({
    resolver: inputResolver(creditNoteInput, inputOf, fieldOf, locale),
    defaultValues: { reason: "" },
  });
  const credit = useMutation(
    trpc.invoices.createCreditNote.mutationOptions({
      onSuccess: async (note) => {
        await queryClient.invalidateQueries(trpc.invoices.pathFilter());
        onDone(t("credit.created", { number: note.invoiceNumber ?? "" }));
      },
    }),
  );
  useServerErrors(form.setError, credit.error, fieldOf);
  return (
    <Card title={t("credit.formTitle", { number: invoiceNumber })}>
      <form onSubmit={(e) => void form.handleSubmit(({ reason }) => credit.mutate({ invoiceId, reason }))(e)} noValidate>
        {credit.error ? <Alert>{refusalOf(credit.error)?.message}</Alert> : null}
        <p data-testid="credit-confirm">
          {t("credit.confirm", { number: invoiceNumber, customer: customerName, amount: formatMoney(openCents, locale) })}
        </p>
        <TextAreaField
          label={t("credit.reason")}
          {...form.register("reason")}
          error={form.formState.errors.reason?.message}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the form opens on the user's click; focus follows into it
          autoFocus
        />
        <div className="invoice-actions">
          <Button type="submit" variant="danger" disabled={credit.isPending}>
            {t("credit.save")}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
