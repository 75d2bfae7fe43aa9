import { attachCallInput, type AttachCallInput } from "@reskontra/contracts/support";
import { TICKET_CATEGORIES } from "@reskontra/domain";
import { Alert, Button, Field, SelectField, TextAreaField } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { inputResolver } from "../../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../../forms/server-errors";
import { useTRPC } from "../../trpc";
import { usePhoneText } from "./texts";

interface Form {
  subject: string;
  category: (typeof TICKET_CATEGORIES)[number];
  summary: string;
}

const fieldOf: FieldOf<Form> = (path) => (path === "subject" || path === "category" || path === "summary" ? path : null);

/** A call the PBX reported becomes a new phone request for its (recognised) caller, with the agent's summary. */
export function AttachCallForm(props: { callId: string; onAttached: (ticketId: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { pt, locale } = usePhoneText();
  const toInput = (f: Form): AttachCallInput => ({ callId: props.callId, ...f });
  const form = useForm<Form, unknown, AttachCallInput>({
    resolver: inputResolver(attachCallInput, toInput, fieldOf, locale, pt("form.required")),
    defaultValues: { subject: "", category: "technical", summary: "" },
  });
  const attach = useMutation(
    trpc.support.phone.attachCall.mutationOptions({
      onSuccess: async (attached) => {
        props.onAttached(attached.ticketId);
        await queryClient.invalidateQueries({ queryKey: trpc.support.phone.calls.queryKey() });
      },
    }),
  );
  const { general } = useServerErrors(form.setError, attach.error, fieldOf);
  const { errors } = form.formState;
  return (
    <form
      className="phone-form"
      aria-label={pt("form.attachTitle")}
      noValidate
      onSubmit={(e) => void form.handleSubmit((input) => attach.mutate(input))(e)}
    >
      <h3>{pt("form.attachTitle")}</h3>
      <Field label={pt("form.subject")} {...form.register("subject")} error={errors.subject?.message} />
      <SelectField
        label={pt("form.category")}
        {...form.register("category")}
        options={TICKET_CATEGORIES.map((c) => ({ value: c, label: pt(`category.${c}`) }))}
      />
      <TextAreaField label={pt("form.summary")} {...form.register("summary")} error={errors.summary?.message} />
      {general ? <Alert>{general}</Alert> : null}
      <Button type="submit" disabled={attach.isPending}>
        {pt("form.save")}
      </Button>
    </form>
  );
}
