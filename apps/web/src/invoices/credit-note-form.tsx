import { Alert, Button, Card, TextAreaField } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useInvoiceText } from "./use-invoice-text";
import { refusalOf, useTRPC } from "../trpc";
import { fieldErrorsOf } from "./field-errors";

/** Credits a sent invoice in full with a reason; the server creates the credit note and closes the receivable. */
export function CreditNoteForm({
  invoiceId,
  invoiceNumber,
  onDone,
  onCancel,
}: {
  invoiceId: string;
  invoiceNumber: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useInvoiceText();
  const [reason, setReason] = useState("");
  const credit = useMutation(
    trpc.invoices.createCreditNote.mutationOptions({
      onSuccess: async (note) => {
        await queryClient.invalidateQueries(trpc.invoices.pathFilter());
        onDone(t("credit.created", { number: note.invoiceNumber ?? "" }));
      },
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    credit.mutate({ invoiceId, reason });
  }
  return (
    <Card title={t("credit.formTitle", { number: invoiceNumber })}>
      <form onSubmit={submit} noValidate>
        {credit.error ? <Alert>{refusalOf(credit.error)?.message}</Alert> : null}
        <TextAreaField
          label={t("credit.reason")}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={fieldErrorsOf(credit.error).reason}
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
