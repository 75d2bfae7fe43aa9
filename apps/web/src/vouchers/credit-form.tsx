import { Alert, Button, Field, SelectField } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { refusalOf, useTRPC } from "../trpc";
import { eurosToCents } from "./pdf";
import { useVoucherText } from "./texts";

/** The credit dialog: reason code from the organizer's list, an explanation the provider receives by e-mail, an optional amount. */
export function CreditForm({ organizerId, eventId, onDone }: { organizerId: string; eventId: string; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { v, locale } = useVoucherText();
  const settings = useQuery(trpc.vouchers.organizer.settings.queryOptions({ organizationId: organizerId }));
  const [reasonCode, setReasonCode] = useState("");
  const [explanation, setExplanation] = useState("");
  const [amount, setAmount] = useState("");
  const credit = useMutation(
    trpc.vouchers.organizer.credit.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.vouchers.organizer.pathFilter());
        onDone();
      },
    }),
  );
  const fieldErrors = refusalOf(credit.error)?.fieldErrors ?? {};
  return (
    <form
      role="dialog"
      aria-label={v("credit.title")}
      className="voucher-form"
      onSubmit={(e) => {
        e.preventDefault();
        credit.mutate({ organizationId: organizerId, eventId, reasonCode, explanation, amountCents: eurosToCents(amount) });
      }}
    >
      <h3>{v("credit.title")}</h3>
      <SelectField
        label={v("credit.reason")}
        value={reasonCode}
        onChange={(e) => setReasonCode(e.target.value)}
        error={fieldErrors.reasonCode?.[0]}
        options={[
          { value: "", label: v("credit.chooseReason") },
          ...(settings.data?.creditReasons ?? []).map((r) => ({
            value: r.code,
            label: `${r.code} – ${locale === "fi" ? r.labelFi : r.labelEn}`,
          })),
        ]}
      />
      <Field
        label={v("credit.explanation")}
        value={explanation}
        onChange={(e) => setExplanation(e.target.value)}
        error={fieldErrors.explanation?.[0]}
      />
      <Field
        label={v("credit.amount")}
        inputMode="decimal"
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        error={fieldErrors.amountCents?.[0]}
      />
      {credit.error ? <Alert>{refusalOf(credit.error)?.message}</Alert> : null}
      <div className="voucher-actions">
        <Button type="submit" disabled={credit.isPending}>
          {v("credit.submit")}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {v("cancel")}
        </Button>
      </div>
    </form>
  );
}
