import { fileSuggestionInput, MAX_SUGGESTION_ATTACHMENT_BYTES, type FileSuggestionInput } from "@reskontra/contracts/support";
import { evaluateSuggestionChecklist, TICKET_CATEGORIES, type TicketCategory } from "@reskontra/domain";
import { Alert, Button, Card, Field, SelectField, TextAreaField } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Controller, useForm, useWatch, type Control } from "react-hook-form";
import { Link } from "wouter";
import { inputResolver } from "../../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../../forms/server-errors";
import { useTRPC } from "../../trpc";
import { useSupportRoles } from "../support-roles";
import { useSuggestionText } from "./texts";

interface Form {
  title: string;
  description: string;
  benefit: string;
  currentDifficulty: string;
  category: TicketCategory;
  /** Agents only: the customer the suggestion is filed for. */
  onBehalfEmail: string;
  attachment: { fileName: string; contentBase64: string } | null;
}

const EMPTY: Form = {
  title: "",
  description: "",
  benefit: "",
  currentDifficulty: "",
  category: "invoices",
  onBehalfEmail: "",
  attachment: null,
};

function inputOf(f: Form): FileSuggestionInput {
  return {
    title: f.title,
    description: f.description,
    benefit: f.benefit,
    currentDifficulty: f.currentDifficulty,
    category: f.category,
    ...(f.onBehalfEmail.trim() ? { onBehalfOf: { email: f.onBehalfEmail } } : {}),
    ...(f.attachment ? { attachment: f.attachment } : {}),
  };
}

const SERVER_FIELD: Record<string, keyof Form> = {
  title: "title",
  description: "description",
  benefit: "benefit",
  currentDifficulty: "currentDifficulty",
  category: "category",
  "onBehalfOf.email": "onBehalfEmail",
  "onBehalfOf.organizationId": "onBehalfEmail",
  onBehalfOf: "onBehalfEmail",
  attachment: "attachment",
  "attachment.contentBase64": "attachment",
  "attachment.fileName": "attachment",
};
const fieldOf: FieldOf<Form> = (path) => SERVER_FIELD[path] ?? null;

/** The file's bytes as base64, without the data-URL prefix. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result.replace(/^data:[^,]*,/, "") : "");
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });
}

/** The checklist on screen, ticked as the fields fill in: the domain's own evaluation. */
function Checklist({ control }: { control: Control<Form, unknown, FileSuggestionInput> }) {
  const { gt } = useSuggestionText();
  const [description, benefit, currentDifficulty, attachment] = useWatch({
    control,
    name: ["description", "benefit", "currentDifficulty", "attachment"],
  });
  const { missing } = evaluateSuggestionChecklist({
    description,
    benefit,
    currentDifficulty,
    attachmentCount: attachment ? 1 : 0,
  });
  const items = ["description", "benefit", "currentDifficulty", "attachment"] as const;
  return (
    <section aria-label={gt("checklist.title")} className="suggestion-checklist" data-testid="suggestion-checklist">
      <h3>{gt("checklist.title")}</h3>
      <ul>
        {items.map((item) => {
          const ok = !missing.some((m) => m.item === item);
          return (
            <li key={item} className={ok ? "is-done" : "is-missing"} data-testid={`checklist-${item}`}>
              <span aria-hidden="true">{ok ? "✓" : "○"}</span> {gt(`checklist.${item}`)}:{" "}
              <strong>{ok ? gt("checklist.done") : gt("checklist.missing")}</strong>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Filing a development suggestion: the checklist's items are the fields, the attachment is optional. */
export function SuggestionForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { gt, locale } = useSuggestionText();
  const agent = useSupportRoles().agentOrganizationId !== null;
  const [sent, setSent] = useState<{ id: string; number: number } | null>(null);
  const [filed, setFiled] = useState(0);
  const form = useForm<Form, unknown, FileSuggestionInput>({
    resolver: inputResolver(fileSuggestionInput, inputOf, fieldOf, locale, gt("form.required")),
    defaultValues: EMPTY,
  });
  const file = useMutation(
    trpc.support.suggestions.file.mutationOptions({
      onSuccess: async ({ id, number }) => {
        setSent({ id, number });
        setFiled((n) => n + 1);
        form.reset(EMPTY);
        await queryClient.invalidateQueries(trpc.support.suggestions.pathFilter());
      },
    }),
  );
  const { general } = useServerErrors(form.setError, file.error, fieldOf);
  const { errors } = form.formState;
  return (
    <Card title={gt("form.title")}>
      {sent ? (
        <Alert tone="success">
          <span data-testid="suggestion-sent">{gt("form.sent", { number: sent.number })}</span>{" "}
          <Link to={`/support/suggestions/${sent.id}`}>#{sent.number}</Link>
        </Alert>
      ) : null}
      <form
        className="suggestion-form"
        noValidate
        onSubmit={(e) => {
          setSent(null);
          void form.handleSubmit((input) => file.mutate(input))(e);
        }}
      >
        <div className="suggestion-form__fields">
          {agent ? (
            <Field
              label={gt("form.onBehalf")}
              type="email"
              hint={gt("form.onBehalfHint")}
              {...form.register("onBehalfEmail")}
              error={errors.onBehalfEmail?.message}
            />
          ) : null}
          <Field label={gt("form.name")} {...form.register("title")} error={errors.title?.message} />
          <SelectField
            label={gt("form.category")}
            {...form.register("category")}
            options={TICKET_CATEGORIES.map((c) => ({ value: c, label: gt(`category.${c}`) }))}
            error={errors.category?.message}
          />
          <TextAreaField
            label={gt("form.description")}
            hint={gt("form.descriptionHint")}
            rows={4}
            {...form.register("description")}
            error={errors.description?.message}
          />
          <TextAreaField
            label={gt("form.benefit")}
            hint={gt("form.benefitHint")}
            {...form.register("benefit")}
            error={errors.benefit?.message}
          />
          <TextAreaField
            label={gt("form.currentDifficulty")}
            hint={gt("form.currentDifficultyHint")}
            {...form.register("currentDifficulty")}
            error={errors.currentDifficulty?.message}
          />
          <Controller
            control={form.control}
            name="attachment"
            render={({ field }) => (
              <Field
                // A new key after each filing empties the browser's file input with the rest of the form.
                key={filed}
                label={gt("form.attachment")}
                type="file"
                accept="image/png,image/jpeg,application/pdf,text/plain"
                hint={field.value?.fileName ?? gt("form.attachmentHint")}
                onBlur={field.onBlur}
                ref={field.ref}
                name={field.name}
                error={errors.attachment?.message}
                onChange={(e) => {
                  const chosen = e.target.files?.[0];
                  form.clearErrors("attachment");
                  if (!chosen) return field.onChange(null);
                  if (chosen.size > MAX_SUGGESTION_ATTACHMENT_BYTES) {
                    field.onChange(null);
                    form.setError("attachment", { type: "size", message: gt("form.attachmentTooLarge") });
                    return;
                  }
                  void readBase64(chosen).then((contentBase64) => field.onChange({ fileName: chosen.name, contentBase64 }));
                }}
              />
            )}
          />
          {general ? <Alert>{general}</Alert> : null}
          <Button type="submit" disabled={file.isPending}>
            {gt("form.submit")}
          </Button>
        </div>
        <Checklist control={form.control} />
      </form>
    </Card>
  );
}
