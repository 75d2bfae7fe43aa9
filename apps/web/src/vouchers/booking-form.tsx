import { createBookingInput } from "@reskontra/contracts/vouchers";
import { Alert, Button, Field, SelectField } from "@reskontra/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { inputResolver } from "../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../forms/server-errors";
import { useTRPC } from "../trpc";
import { useVoucherText } from "./texts";
import { helsinkiInstant } from "./time-fields";

interface BookingFormValues {
  powerId: string;
  providerId: string;
  date: string;
  startTime: string;
  endTime: string;
  content: string;
}

// The client comes from the screen; the rest is the procedure's input as the user typed it.
const bookingInput = createBookingInput.omit({ clientId: true });
const inputOf = (form: BookingFormValues) => ({
  purchasingPowerId: form.powerId,
  providerId: form.providerId,
  // An unfilled time stays empty so the schema names the field.
  startsAt: helsinkiInstant(form.date, form.startTime) ?? "",
  endsAt: helsinkiInstant(form.date, form.endTime) ?? "",
  content: form.content,
});

const SERVER_FIELD: Record<string, keyof BookingFormValues> = {
  purchasingPowerId: "powerId",
  providerId: "providerId",
  startsAt: "startTime",
  endsAt: "endTime",
  content: "content",
};
const fieldOf: FieldOf<BookingFormValues> = (path) => SERVER_FIELD[path] ?? null;

/** Books a service against one of the client's purchasing powers with a provider (palveluvaraus). */
export function BookingForm({ organizerId, clientId }: { organizerId: string; clientId: string }) {
  const trpc = useTRPC();
  const { v, locale } = useVoucherText();
  const powers = useQuery(trpc.vouchers.organizer.clientPowers.queryOptions({ organizationId: organizerId, clientId }));
  const providers = useQuery(trpc.vouchers.organizer.providers.queryOptions({ organizationId: organizerId }));
  const form = useForm<BookingFormValues, unknown, ReturnType<typeof inputOf>>({
    resolver: inputResolver(bookingInput, inputOf, fieldOf, locale),
    defaultValues: { powerId: "", providerId: "", date: "", startTime: "", endTime: "", content: "" },
  });
  const book = useMutation(trpc.vouchers.organizer.createBooking.mutationOptions());
  const { general } = useServerErrors(form.setError, book.error, fieldOf);
  const { errors } = form.formState;
  return (
    <form
      className="voucher-form"
      aria-label={v("admin.newBooking")}
      onSubmit={(e) => void form.handleSubmit((input) => book.mutate({ ...input, organizationId: organizerId, clientId }))(e)}
    >
      <h3>{v("admin.newBooking")}</h3>
      <SelectField
        label={v("admin.power")}
        {...form.register("powerId")}
        error={errors.powerId?.message}
        options={[
          { value: "", label: v("admin.choosePower") },
          ...(powers.data ?? [])
            .filter((p) => p.status !== "closed")
            .map((p) => ({ value: p.id, label: `${p.voucherNumber} (${v(`admin.kind.${p.kind}`)})` })),
        ]}
      />
      <SelectField
        label={v("admin.provider")}
        {...form.register("providerId")}
        error={errors.providerId?.message}
        options={[
          { value: "", label: v("admin.chooseProvider") },
          ...(providers.data ?? []).map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      <Field label={v("admin.startsAt")} type="date" {...form.register("date")} />
      <Field
        label={`${v("admin.startsAt")} (hh:mm)`}
        type="time"
        {...form.register("startTime")}
        error={errors.startTime?.message}
      />
      <Field label={`${v("admin.endsAt")} (hh:mm)`} type="time" {...form.register("endTime")} error={errors.endTime?.message} />
      <Field label={v("admin.content")} {...form.register("content")} error={errors.content?.message} />
      {general ? <Alert>{general}</Alert> : null}
      {errors.root?.message ? <Alert>{errors.root.message}</Alert> : null}
      {book.isSuccess ? <Alert tone="success">{v("admin.saved")}</Alert> : null}
      <Button type="submit" disabled={book.isPending}>
        {v("admin.book")}
      </Button>
    </form>
  );
}
