import { returnForCorrectionInput } from "@reskontra/contracts/invoices";
import { Alert, Button, Card, TextAreaField } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { inputResolver } from "../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../forms/server-errors";
import { useInvoiceText } from "./use-invoice-text";
import { refusalOf, useTRPC } from "../trpc";

interface QuestionFormValues {
  question: string;
}

// The invoice comes from the screen; the agent writes the question.
const questionInput = returnForCorrectionInput.omit({ invoiceId: true });
const inputOf = (form: QuestionFormValues) => ({ message: form.question });
const fieldOf: FieldOf<QuestionFormValues> = (path) => (path === "message" ? "question" : null);

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
  const { t, locale } = useInvoiceText();
  const form = useForm<QuestionFormValues, unknown, ReturnType<typeof inputOf>>({
    resolver: inputResolver(questionInput, inputOf, fieldOf, locale),
    defaultValues: { question: "" },
  });
  const returnIt = useMutation(
    trpc.invoices.returnForCorrection.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.invoices.pathFilter());
        onDone(t("unsent.returned", { number: invoiceNumber }));
      },
    }),
  );
  useServerErrors(form.setError, returnIt.error, fieldOf);
  const { errors } = form.formState;
  return (
    <Card title={t("unsent.returnTitle", { number: invoiceNumber })}>
      <form onSubmit={(e) => void form.handleSubmit((input) => returnIt.mutate({ ...input, invoiceId }))(e)} noValidate>
        {returnIt.error ? <Alert>{refusalOf(returnIt.error)?.message}</Alert> : null}
        {errors.root?.message ? <Alert>{errors.root.message}</Alert> : null}
        <TextAreaField
          label={t("unsent.question")}
          {...form.register("question")}
          error={errors.question?.message}
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
