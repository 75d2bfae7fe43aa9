import { Alert, Button, Card, DateTimeText, TextAreaField } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useInvoiceText } from "./use-invoice-text";
import { refusalOf, useTRPC } from "../trpc";
import type { InvoiceDetail } from "./api-types";
import { fieldErrorsOf } from "./field-errors";

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
  const [body, setBody] = useState("");
  const add = useMutation(
    trpc.invoices.addMessage.mutationOptions({
      onSuccess: async () => {
        setBody("");
        await queryClient.invalidateQueries(trpc.invoices.get.queryFilter({ invoiceId }));
      },
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    add.mutate({ invoiceId, body });
  }
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
      <form onSubmit={submit} noValidate>
        {add.error ? <Alert>{refusalOf(add.error)?.message}</Alert> : null}
        <TextAreaField
          label={asAgent ? t("conv.message") : t("conv.reply")}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={fieldErrorsOf(add.error).body}
        />
        <Button type="submit" variant="secondary" disabled={add.isPending || !body.trim()}>
          {t("conv.send")}
        </Button>
      </form>
    </Card>
  );
}
