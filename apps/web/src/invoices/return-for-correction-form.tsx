import { Alert, Button, Card, TextAreaField } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useInvoiceText } from "./use-invoice-text";
import { refusalOf, useTRPC } from "../trpc";
import { fieldErrorsOf } from "./field-errors";

/** The agent's question goes to the user with the invoice; it stays in the invoice's conversation. */
export function ReturnForCorrectionForm({
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
  const [question, setQuestion] = useState("");
  const returnIt = useMutation(
    trpc.invoices.returnForCorrection.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.invoices.pathFilter());
        onDone(t("unsent.returned", { number: invoiceNumber }));
      },
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    returnIt.mutate({ invoiceId, message: question });
  }
  return (
    <Card title={t("unsent.returnTitle", { number: invoiceNumber })}>
      <form onSubmit={submit} noValidate>
        {returnIt.error ? <Alert>{refusalOf(returnIt.error)?.message}</Alert> : null}
        <TextAreaField
          label={t("unsent.question")}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          error={fieldErrorsOf(returnIt.error).message}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the form opens on the user's click; focus follows into it
          autoFocus
        />
        <div className="invoice-actions">
          <Button type="submit" disabled={returnIt.isPending}>
            {t("unsent.returnSave")}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
