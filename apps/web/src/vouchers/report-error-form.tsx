import { Alert, Button, Field } from "@reskontra/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { refusalOf, useTRPC } from "../trpc";
import { useVoucherText } from "./texts";

/** A provider's ticket to the organizer about a settled or paid event, which only a credit can correct. */
export function ReportErrorForm({
  organizationId,
  eventId,
  onDone,
}: {
  organizationId: string;
  eventId: string;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const { v } = useVoucherText();
  const [message, setMessage] = useState("");
  const send = useMutation(trpc.vouchers.provider.reportError.mutationOptions());
  if (send.isSuccess) {
    return (
      <Alert tone="success">
        {v("report.sent")}{" "}
        <Button variant="secondary" onClick={onDone}>
          {v("close")}
        </Button>
      </Alert>
    );
  }
  return (
    <form
      className="voucher-form"
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate({ organizationId, eventId, message });
      }}
    >
      <h3>{v("report.title")}</h3>
      <Field label={v("report.message")} value={message} onChange={(e) => setMessage(e.target.value)} required minLength={10} />
      {send.error ? <Alert>{refusalOf(send.error)?.message}</Alert> : null}
      <div className="voucher-actions">
        <Button type="submit" disabled={send.isPending}>
          {v("report.send")}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {v("cancel")}
        </Button>
      </div>
    </form>
  );
}
