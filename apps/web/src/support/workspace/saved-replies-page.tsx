import { savedReplyInput } from "@reskontra/contracts/support";
import { Alert, Button, Card, Field, SelectField, TextAreaField } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "wouter";
import { inputResolver } from "../../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../../forms/server-errors";
import { refusalOf, useTRPC } from "../../trpc";
import type { SavedReply } from "./api-types";
import { useWorkspaceText } from "./use-workspace-text";

interface ReplyValues {
  title: string;
  body: string;
  lineId: string;
}

const inputOf = (form: ReplyValues) => ({ title: form.title, body: form.body, lineId: form.lineId || null });
const fieldOf: FieldOf<ReplyValues> = (path) => (path === "title" || path === "body" || path === "lineId" ? path : null);

function SavedReplyForm({ reply, onDone }: { reply: SavedReply | null; onDone: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useWorkspaceText();
  const lines = useQuery(trpc.support.workspace.lines.queryOptions());
  const form = useForm<ReplyValues, unknown, ReturnType<typeof inputOf>>({
    resolver: inputResolver(savedReplyInput, inputOf, fieldOf, locale),
    defaultValues: { title: reply?.title ?? "", body: reply?.body ?? "", lineId: reply?.lineId ?? "" },
  });
  const onSuccess = async () => {
    await queryClient.invalidateQueries(trpc.support.workspace.savedReplies.pathFilter());
    onDone(t("saved.saved"));
  };
  const create = useMutation(trpc.support.workspace.createSavedReply.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.support.workspace.updateSavedReply.mutationOptions({ onSuccess }));
  const { general } = useServerErrors(form.setError, create.error ?? update.error, fieldOf);
  const { errors } = form.formState;
  return (
    <form
      noValidate
      onSubmit={(e) =>
        void form.handleSubmit((input) => (reply ? update.mutate({ savedReplyId: reply.id, ...input }) : create.mutate(input)))(e)
      }
    >
      {general ? <Alert>{general}</Alert> : null}
      <Field label={t("saved.name")} {...form.register("title")} error={errors.title?.message} />
      <TextAreaField label={t("saved.body")} rows={6} {...form.register("body")} error={errors.body?.message} />
      <SelectField
        label={t("saved.line")}
        options={[
          { value: "", label: t("saved.allLines") },
          ...(lines.data ?? []).map((l) => ({ value: l.id, label: locale === "en" ? l.nameEn : l.nameFi })),
        ]}
        {...form.register("lineId")}
      />
      <div className="ws-actions">
        <Button type="submit" disabled={create.isPending || update.isPending}>
          {t("saved.save")}
        </Button>
        <Button variant="secondary" onClick={() => onDone("")}>
          {t("saved.cancel")}
        </Button>
      </div>
    </form>
  );
}

/** The desk's saved replies: written once, inserted into any reply and edited there. */
export function SavedRepliesPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useWorkspaceText();
  const [editing, setEditing] = useState<SavedReply | "new" | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const replies = useQuery(trpc.support.workspace.savedReplies.queryOptions({}));
  const remove = useMutation(
    trpc.support.workspace.deleteSavedReply.mutationOptions({
      onSuccess: async () => {
        setNotice(t("saved.deleted"));
        await queryClient.invalidateQueries(trpc.support.workspace.savedReplies.pathFilter());
      },
    }),
  );
  const done = (message: string) => {
    setEditing(null);
    setNotice(message || null);
  };
  return (
    <Card title={t("saved.title")}>
      <p>
        <Link to="/support/workspace">{t("ticket.back")}</Link>
      </p>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {remove.error ? <Alert>{refusalOf(remove.error)?.message}</Alert> : null}
      {editing ? (
        <SavedReplyForm reply={editing === "new" ? null : editing} onDone={done} />
      ) : (
        <Button onClick={() => setEditing("new")}>{t("saved.new")}</Button>
      )}
      {replies.data?.length === 0 ? <p className="rk-empty">{t("saved.empty")}</p> : null}
      <ul className="ws-saved">
        {(replies.data ?? []).map((r) => (
          <li key={r.id}>
            <strong>{r.title}</strong>
            <p className="ws-body">{r.body}</p>
            <Button variant="secondary" onClick={() => setEditing(r)}>
              {t("saved.edit")}
            </Button>{" "}
            <Button variant="danger" disabled={remove.isPending} onClick={() => remove.mutate({ savedReplyId: r.id })}>
              {t("saved.delete")}
            </Button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
