import { formatEuroAmount } from "@reskontra/domain";
import { Alert, Button, Card } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { refusalOf, useTRPC } from "../trpc";
import { useReminderText } from "./texts";

/** Activation asks the admin to confirm the transaction fee explicitly; the server records what was confirmed. */
export function ActivationCard({ organizationId, feeCents }: { organizationId: string; feeCents: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { rt, locale } = useReminderText();
  const [confirmed, setConfirmed] = useState(false);
  const activate = useMutation(
    trpc.reminders.activate.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.reminders.pathFilter()) }),
  );
  return (
    <Card title={rt("activate.title")}>
      <p>{rt("activate.text")}</p>
      <label className="reminders-confirm">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />{" "}
        {rt("activate.confirm", { fee: formatEuroAmount(feeCents, locale) })}
      </label>
      {activate.error ? <Alert>{refusalOf(activate.error)?.message}</Alert> : null}
      <Button
        disabled={!confirmed || activate.isPending}
        onClick={() => activate.mutate({ organizationId, confirmedTransactionFeeCents: confirmed ? feeCents : 0 })}
      >
        {rt("activate.submit")}
      </Button>
    </Card>
  );
}
