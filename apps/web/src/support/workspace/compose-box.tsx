import { replyInput } from "@reskontra/contracts/support";
import { Alert, Button, SelectField, TextAreaField } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { inputResolver } from "../../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../../forms/server-errors";
import { useTRPC } from "../../trpc";
import type { AgentTicket } from "./api-types";
import { useWorkspaceText } from "./use-workspace-text";

interface ComposeValues {
  body: string;
  statusAfter: "" | "open" | "waiting_customer" | "waiting_third_party" | "resolved";
}

type Mode = "reply" | "note";
const STATUSES_AFTER = ["waiting_customer", "waiting_third_party", "resolved", "open"] as const;
const composeInput = replyInput.omit({ ticketId: true });
const inputOf = (form: ComposeValues) => ({ body: form.body, ...(form.statusAfter ? { statusAfter: form.statusAfter } : {}) });
const fieldOf: FieldOf<ComposeValues> = (path) => (path === "body" ? "body" : path === "statusAfter" ? "statusAfter" : null);

/**
 * The agent writes a reply (mailed to the requester, threaded) or an internal note (agents only).
 * A saved reply is inserted into the text, where it can still be edited before sending.
 */
export function ComposeBox({ ticket }: { ticket: AgentTicket }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useWorkspaceText();
  const [mode, setMode] = useState<Mode>("reply");
  const [notice, setNotice] = useState<string | null>(null);
  const saved = useQuery(trpc.support.workspace.savedReplies.queryOptions({ lineId: ticket.lineId }));
  const form = useForm<ComposeValues, unknown, ReturnType<typeof inputOf>>({
    resolver: inputResolver(composeInput, inputOf, fieldOf, locale, t("compose.required")),
    defaultValues: { body: "", statusAfter: "" },
  });
  const done = async (message: string) => {
    form.reset({ body: "", statusAfter: "" });
    setNotice(message);
    await queryClient.invalidateQueries(trpc.support.workspace.pathFilter());
  };
  const reply = useMutation(trpc.support.workspace.reply.mutationOptions({ onSuccess: () => done(t("compose.replySent")) }));
  const note = useMutation(trpc.support.workspace.addNote.mutationOptions({ onSuccess: () => done(t("compose.noteSaved")) }));
  const mutation = mode === "reply" ? reply : note;
  const { general } = useServerErrors(form.setError, mutation.error, fieldOf);
  const { errors } = form.formState;
  const submit = form.handleSubmit((input) => {
    setNotice(null);
    if (mode === "reply") reply.mutate({ ticketId: ticket.id, ...input });
    else note.mutate({ ticketId: ticket.id, body: input.body });
  });
  const insertSaved = (id: string) => {
    const chosen = saved.data?.find((r) => r.id === id);
    if (!chosen) return;
    const current = form.getValues("body").trimEnd();
    form.setValue("body", current ? `${current}\n\n${chosen.body}` : chosen.body, { shouldDirty: true });
  };
  return (
    <form className={`ws-compose ws-compose--${mode}`} onSubmit={(e) => void submit(e)} noValidate>
      <div className="ws-views" role="group" aria-label={t("compose.title")}>
        {(["reply", "note"] as const).map((m) => (
          <button
            key={m}
            type="button"
            className={mode === m ? "active" : ""}
            aria-pressed={mode === m}
            onClick={() => setMode(m)}
          >
            {t(m === "reply" ? "compose.reply" : "compose.note")}
          </button>
        ))}
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {general ? <Alert>{general}</Alert> : null}
      {mode === "reply" ? (
        <SelectField
          label={t("compose.savedReply")}
          options={[
            { value: "", label: t("compose.pickSaved") },
            ...(saved.data ?? []).map((r) => ({ value: r.id, label: r.title })),
          ]}
          value=""
          onChange={(e) => insertSaved(e.target.value)}
        />
      ) : null}
      <TextAreaField
        label={t(mode === "reply" ? "compose.reply" : "compose.note")}
        rows={8}
        {...form.register("body")}
        error={errors.body?.message}
      />
      {mode === "reply" ? (
        <SelectField
          label={t("compose.statusAfter")}
          options={[
            { value: "", label: t("compose.keepStatus") },
            ...STATUSES_AFTER.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
          {...form.register("statusAfter")}
        />
      ) : null}
      <Button type="submit" disabled={mutation.isPending || ticket.mergedInto !== null}>
        {t(mode === "reply" ? "compose.sendReply" : "compose.saveNote")}
      </Button>
    </form>
  );
}
