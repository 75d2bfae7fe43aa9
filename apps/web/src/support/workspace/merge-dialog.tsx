import { mergeTicketInput } from "@reskontra/contracts/support";
import { Alert, Button, Card, Field } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useLocation } from "wouter";
import { inputResolver } from "../../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../../forms/server-errors";
import { useTRPC } from "../../trpc";
import { useWorkspaceText } from "./use-workspace-text";

interface MergeValues {
  target: string;
}

const targetInput = mergeTicketInput.omit({ sourceTicketId: true });
const inputOf = (form: MergeValues) => ({ targetTicketNumber: Number(form.target.replace(/[#\s]/g, "")) });
const fieldOf: FieldOf<MergeValues> = (path) => (path === "targetTicketNumber" ? "target" : null);

/** Merges this ticket (a duplicate) into the one that stays, by its number; then opens that one. */
export function MergeDialog({ ticketId, onClose }: { ticketId: string; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const { t, locale } = useWorkspaceText();
  const form = useForm<MergeValues, unknown, ReturnType<typeof inputOf>>({
    resolver: inputResolver(targetInput, inputOf, fieldOf, locale, t("merge.target")),
    defaultValues: { target: "" },
  });
  const merge = useMutation(
    trpc.support.workspace.merge.mutationOptions({
      onSuccess: async (target) => {
        await queryClient.invalidateQueries(trpc.support.workspace.pathFilter());
        onClose();
        navigate(`/support/workspace/tickets/${target.id}`);
      },
    }),
  );
  const { general } = useServerErrors(form.setError, merge.error, fieldOf);
  const { errors } = form.formState;
  return (
    <Card title={t("merge.title")}>
      <div role="dialog" aria-label={t("merge.title")}>
        <p className="rk-hint">{t("merge.hint")}</p>
        <form
          onSubmit={(e) => void form.handleSubmit((input) => merge.mutate({ sourceTicketId: ticketId, ...input }))(e)}
          noValidate
        >
          {general ? <Alert>{general}</Alert> : null}
          <Field
            label={t("merge.target")}
            inputMode="numeric"
            {...form.register("target")}
            error={errors.target?.message}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog opens on the agent's click; focus follows into it
            autoFocus
          />
          <div className="ws-actions">
            <Button type="submit" variant="danger" disabled={merge.isPending}>
              {t("merge.submit")}
            </Button>
            <Button variant="secondary" onClick={onClose}>
              {t("merge.cancel")}
            </Button>
          </div>
        </form>
      </div>
    </Card>
  );
}
