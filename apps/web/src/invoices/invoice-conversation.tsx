import { addMessageInput } from "@reskontra/contracts/invoices";
import { Alert, Button, Card, DateTimeText, TextAreaField } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm, useWatch } from "react-hook-form";
import { inputResolver } from "../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../forms/server-errors";
import { useInvoiceText } from "./use-invoice-text";
import { refusalOf, useTRPC } from "../trpc";
import type { InvoiceDetail } from "./api-types";

interface MessageForm {
  body: string;
}

// The invoice comes from the screen; the user writes the message.
const messageInput = addMessageInput.omit({ invoiceId: true });
const inputOf = (form: MessageForm) => ({ body: form.body });
const fieldOf: FieldOf<MessageForm> = (path) => (path === "body" ? "body" : null);

/** The questions of customer service and the user's answers, kept on the invoice. */
export function InvoiceConversation({
  invoiceId,
  messages,
  asAgent,
}: {
  invoiceId: string;
  messages: InvoiceDetail["messages"];
  asAgent: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useInvoiceText();
  const form = useForm<MessageForm, unknown, ReturnType<typeof inputOf>>({
    resolver: inputResolver(messageInput, inputOf, fieldOf, locale),
    defaultValues: { body: "" },
  });
  const body = useWatch({ control: form.control, name: "body" });
  const add = useMutation(
    trpc.invoices.addMessage.mutationOptions({
      onSuccess: async () => {
        form.reset({ body: "" });
        await queryClient.invalidateQueries(trpc.invoices.get.queryFilter({ invoiceId }));
      },
    }),
  );
  useServerErrors(form.setError, add.error, fieldOf);
  return (
    <Card title={t("conv.title")}>
      {messages.length === 0 ? <p className="rk-empty">{t("conv.empty")}</p> : null}
      <ol className="invoice-messages" data-testid="invoice-messages">
        {messages.map((m) => (
          <li key={m.id} className={m.authorRole === "agent" ? "from-agent" : "from-user"}>
            <small>
              {m.authorRole === "agent" ? t("conv.fromAgent") : t("conv.fromUser")} · {m.authorName} ·{" "}
              <DateTimeText instant={m.createdAt} locale={locale} />
            </small>
            {m.body}
          </li>
        ))}
      </ol>
      <form onSubmit={(e) => void form.handleSubmit((input) => add.mutate({ ...input, invoiceId }))(e)} noValidate>
        {add.error ? <Alert>{refusalOf(add.error)?.message}</Alert> : null}
        <TextAreaField
          label={asAgent ? t("conv.message") : t("conv.reply")}
          {...form.register("body")}
          error={form.formState.errors.body?.message}
        />
        <Button type="submit" variant="secondary" disabled={add.isPending || !body.trim()}>
          {t("conv.send")}
        </Button>
      </form>
    </Card>
  );
}
