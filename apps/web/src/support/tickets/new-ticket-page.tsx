import { createTicketInput } from "@reskontra/contracts/support";
import {
  domainErrorMessages,
  TICKET_CATEGORIES,
  TICKET_PRIORITIES,
  type TicketCategory,
  type TicketPriority,
} from "@reskontra/domain";
import { Alert, Button, Card, Field, SelectField, TextAreaField } from "@reskontra/ui";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Link, useLocation } from "wouter";
import { inputResolver } from "../../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../../forms/server-errors";
import { useUnsavedChanges } from "../../forms/use-unsaved-changes";
import { useTRPC } from "../../trpc";
import { PhoneLinesCard } from "../phone/phone-lines-card";
import { AttachmentPicker, uploadAll } from "./attachment-picker";
import { IdentifierList } from "./linked-text";
import { useTicketText } from "./use-ticket-text";

type TicketForm = {
  subject: string;
  description: string;
  category: TicketCategory;
  priority: TicketPriority;
  sendWithoutIdentifier: boolean;
};

const EMPTY: TicketForm = {
  subject: "",
  description: "",
  category: "invoices",
  priority: "normal",
  sendWithoutIdentifier: false,
};
const fieldOf: FieldOf<TicketForm> = (path) => (path in EMPTY ? (path as keyof TicketForm) : null);

/** What the user typed, settled for a moment: the checklist asks the api once the typing pauses. */
function useSettled<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The new-request form with the three-step checklist on screen, live number recognition and attachments. */
export function NewTicketPage({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const { t, locale } = useTicketText();
  const [files, setFiles] = useState<File[]>([]);
  const [uploadProblems, setUploadProblems] = useState<{ ticketId: string; number: number; lines: string[] } | null>(null);
  const form = useForm<TicketForm, unknown, ReturnType<typeof inputOf>>({
    resolver: inputResolver(
      createTicketInput,
      (f: TicketForm) => inputOf(organizationId, f),
      fieldOf,
      locale,
      t("form.required"),
    ),
    defaultValues: EMPTY,
  });
  function inputOf(orgId: string, f: TicketForm) {
    return { organizationId: orgId, ...f };
  }
  const subject = useWatch({ control: form.control, name: "subject" });
  const description = useWatch({ control: form.control, name: "description" });
  const typed = useSettled({ subject, description, attachmentCount: files.length });
  const check = useQuery({
    ...trpc.support.tickets.checkText.queryOptions(typed),
    placeholderData: keepPreviousData,
  });
  const missing = new Set((check.data?.missing ?? []).map((m) => m.item));
  const steps = [
    { key: "form.step1", done: description.trim() !== "" && !missing.has("description") },
    { key: "form.step2", done: description.trim() !== "" && !missing.has("identifier") },
    { key: "form.step3", done: files.length > 0 },
  ] as const;
  const flag = (check.data?.flagBeforeSend ?? true) && description.trim() !== "";

  const create = useMutation(
    trpc.support.tickets.create.mutationOptions({
      onSuccess: async (created) => {
        const problems = await uploadAll(created.id, created.messageId, files, (name, reason) =>
          t("file.failed", { name, reason }),
        );
        await queryClient.invalidateQueries(trpc.support.tickets.list.pathFilter());
        if (problems.length > 0) setUploadProblems({ ticketId: created.id, number: created.number, lines: problems });
        else navigate(`/support/tickets/${created.id}`);
      },
    }),
  );
  useUnsavedChanges(form.formState.isDirty && !create.isSuccess);
  const { general } = useServerErrors(form.setError, create.error, fieldOf);
  const { errors } = form.formState;
  const summary = Object.keys(errors).some((k) => k !== "root") ? t("form.fixErrors") : (general ?? errors.root?.message);
  const vagueText = domainErrorMessages.TICKET_DESCRIPTION_TOO_VAGUE?.[locale];

  return (
    <div className="ticket-page">
      <Card title={t("form.title")}>
        <section aria-label={t("form.checklist")} className="ticket-checklist">
          <h3>{t("form.checklist")}</h3>
          <ol>
            {steps.map((s) => (
              <li key={s.key} className={s.done ? "ticket-step ticket-step--done" : "ticket-step"} data-done={s.done}>
                {t(s.key)} <small>({t(s.done ? "form.done" : "form.todo")})</small>
              </li>
            ))}
          </ol>
        </section>
        {uploadProblems ? (
          <Alert>
            {uploadProblems.lines.map((l) => (
              <div key={l}>{l}</div>
            ))}
            <Link to={`/support/tickets/${uploadProblems.ticketId}`}>{t("ticket.title", { number: uploadProblems.number })}</Link>
          </Alert>
        ) : null}
        <form onSubmit={(e) => void form.handleSubmit((input) => create.mutate(input))(e)} noValidate>
          {summary ? <Alert>{summary}</Alert> : null}
          <Field label={t("form.subject")} {...form.register("subject")} error={errors.subject?.message} required />
          <TextAreaField
            label={t("form.description")}
            rows={7}
            {...form.register("description")}
            error={errors.description?.message}
            hint={missing.has("description") && description.trim() !== "" ? vagueText : t("form.descriptionHint")}
            required
          />
          <section className="ticket-recognised" aria-live="polite">
            <h3>{t("form.recognised")}</h3>
            {check.data && check.data.identifiers.length > 0 ? (
              <IdentifierList identifiers={check.data.identifiers} />
            ) : (
              <p className="rk-hint">{t("form.recognisedNone")}</p>
            )}
          </section>
          {flag ? (
            <div className="ticket-warning" data-testid="ticket-identifier-warning">
              <Alert tone="info">{t("form.warning")}</Alert>
              <label>
                <input type="checkbox" {...form.register("sendWithoutIdentifier")} /> {t("form.sendAnyway")}
              </label>
            </div>
          ) : null}
          <div className="ticket-grid">
            <SelectField
              label={t("form.category")}
              {...form.register("category")}
              error={errors.category?.message}
              options={TICKET_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
            />
            <SelectField
              label={t("form.priority")}
              {...form.register("priority")}
              error={errors.priority?.message}
              options={TICKET_PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
            />
          </div>
          <AttachmentPicker files={files} onChange={setFiles} />
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? t("form.sending") : t("form.submit")}
          </Button>
        </form>
      </Card>
      <PhoneLinesCard />
    </div>
  );
}
