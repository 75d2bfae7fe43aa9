import { reportErrorInput } from "@reskontra/contracts/vouchers";
import { Alert, Button, Field } from "@reskontra/ui";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { inputResolver } from "../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../forms/server-errors";
import { refusalOf, useTRPC } from "../trpc";
import { useVoucherText } from "./texts";

interface ReportFormValues {
  message: string;
}

// The event comes from the screen; the user writes the message.
const reportInput = reportErrorInput.omit({ eventId: true });
const inputOf = (form: ReportFormValues) => ({ message: form.message });
const fieldOf: FieldOf<ReportFormValues> = (path) => (path === "message" ? "message" : null);

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
  const { v, locale } = useVoucherText();
  const form = useForm<ReportFormValues, unknown, ReturnType<typeof inputOf>>({
    resolver: inputResolver(reportInput, inputOf, fieldOf, locale),
    defaultValues: { message: "" },
  });
  const send = useMutation(trpc.vouchers.provider.reportError.mutationOptions());
  useServerErrors(form.setError, send.error, fieldOf);
  const { errors } = form.formState;
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
      onSubmit={(e) => void form.handleSubmit((input) => send.mutate({ ...input, organizationId, eventId }))(e)}
    >
      <h3>{v("report.title")}</h3>
      <Field label={v("report.message")} {...form.register("message")} required minLength={10} error={errors.message?.message} />
      {send.error ? <Alert>{refusalOf(send.error)?.message}</Alert> : null}
      {errors.root?.message ? <Alert>{errors.root.message}</Alert> : null}
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
