import {
  changeSuggestionStatusInput,
  mergeSuggestionInput,
  type ChangeSuggestionStatusInput,
  type MergeSuggestionInput,
} from "@reskontra/contracts/support";
import { shiftReviewMonth, SUGGESTION_STATUSES, type SuggestionStatus } from "@reskontra/domain";
import { Alert, Button, Card, SelectField, TextAreaField } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { Link } from "wouter";
import { inputResolver } from "../../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../../forms/server-errors";
import { refusalOf, useTRPC } from "../../trpc";
import type { Stage, Suggestion } from "./api-types";
import { useSuggestionText } from "./texts";

const COLUMNS: Stage[] = [...SUGGESTION_STATUSES, "merged"];

type Dialog = { kind: "move" | "merge"; suggestion: Suggestion } | null;

/** A dialog's mutation options: refresh the room's queries and close it once the change is saved. */
function useCloseAfterSave(onClose: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return {
    onSuccess: async () => {
      await queryClient.invalidateQueries(trpc.support.suggestions.pathFilter());
      onClose();
    },
  };
}

/** The frame both dialogs share: a titled form, the refusal that fits no field, submit and cancel. */
function DialogFrame(props: {
  title: string;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  general: string | null;
  submitLabel: string;
  busy: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const { gt } = useSuggestionText();
  return (
    <form role="dialog" aria-label={props.title} className="suggestion-dialog" noValidate onSubmit={props.onSubmit}>
      <h3>{props.title}</h3>
      {props.children}
      {props.general ? <Alert>{props.general}</Alert> : null}
      <div className="suggestion-dialog__actions">
        <Button type="submit" disabled={props.busy}>
          {props.submitLabel}
        </Button>
        <Button variant="secondary" onClick={props.onClose}>
          {gt("move.cancel")}
        </Button>
      </div>
    </form>
  );
}

interface MoveForm {
  status: SuggestionStatus;
  reason: string;
  nextMonth: boolean;
}
const moveFieldOf: FieldOf<MoveForm> = (path) => (path === "status" || path === "reason" ? path : null);

/** The move dialog: the statuses the domain allows from here, and the reason everyone will read. */
function MoveDialog(props: { suggestion: Suggestion; boardMonth: string; onClose: () => void }) {
  const { suggestion, boardMonth, onClose } = props;
  const trpc = useTRPC();
  const closeAfterSave = useCloseAfterSave(onClose);
  const { gt, locale } = useSuggestionText();
  const inputOf = (f: MoveForm): ChangeSuggestionStatusInput => ({
    suggestionId: suggestion.id,
    status: f.status,
    reason: f.reason,
    // Decided on this board: a suggestion carried over from an earlier month joins this month's review.
    reviewMonth: f.nextMonth ? shiftReviewMonth(boardMonth, 1) : boardMonth,
  });
  const form = useForm<MoveForm, unknown, ChangeSuggestionStatusInput>({
    resolver: inputResolver(changeSuggestionStatusInput, inputOf, moveFieldOf, locale, gt("form.required")),
    defaultValues: { status: suggestion.allowedMoves[0] ?? "under_review", reason: "", nextMonth: false },
  });
  const move = useMutation(trpc.support.suggestions.changeStatus.mutationOptions(closeAfterSave));
  const { general } = useServerErrors(form.setError, move.error, moveFieldOf);
  const { errors } = form.formState;
  return (
    <DialogFrame
      title={gt("move.title", { number: suggestion.number })}
      onSubmit={(e) => void form.handleSubmit((input) => move.mutate(input))(e)}
      general={general}
      submitLabel={gt("move.submit")}
      busy={move.isPending}
      onClose={onClose}
    >
      <p>{suggestion.title}</p>
      <SelectField
        label={gt("move.to")}
        {...form.register("status")}
        options={suggestion.allowedMoves.map((s) => ({ value: s, label: gt(`status.${s}`) }))}
        error={errors.status?.message}
      />
      <TextAreaField
        label={gt("move.reason")}
        hint={gt("move.reasonHint")}
        {...form.register("reason")}
        error={errors.reason?.message}
      />
      <label className="suggestion-check">
        <input type="checkbox" {...form.register("nextMonth")} /> {gt("move.nextMonth")}
      </label>
    </DialogFrame>
  );
}

interface MergeForm {
  targetId: string;
  reason: string;
}
const mergeFieldOf: FieldOf<MergeForm> = (path) => (path === "targetId" || path === "reason" ? path : null);

/** The merge dialog: the duplicate goes into the suggestion it repeats, with its votes. */
function MergeDialog(props: { suggestion: Suggestion; others: Suggestion[]; boardMonth: string; onClose: () => void }) {
  const { suggestion, others, boardMonth, onClose } = props;
  const trpc = useTRPC();
  const closeAfterSave = useCloseAfterSave(onClose);
  const { gt, locale } = useSuggestionText();
  const inputOf = (f: MergeForm): MergeSuggestionInput => ({
    suggestionId: suggestion.id,
    targetId: f.targetId,
    reason: f.reason,
    reviewMonth: boardMonth,
  });
  const form = useForm<MergeForm, unknown, MergeSuggestionInput>({
    resolver: inputResolver(mergeSuggestionInput, inputOf, mergeFieldOf, locale, gt("form.required")),
    defaultValues: { targetId: others[0]?.id ?? "", reason: "" },
  });
  const merge = useMutation(trpc.support.suggestions.merge.mutationOptions(closeAfterSave));
  const { general } = useServerErrors(form.setError, merge.error, mergeFieldOf);
  const { errors } = form.formState;
  return (
    <DialogFrame
      title={gt("merge.title", { number: suggestion.number })}
      onSubmit={(e) => void form.handleSubmit((input) => merge.mutate(input))(e)}
      general={general}
      submitLabel={gt("merge.submit")}
      busy={merge.isPending || others.length === 0}
      onClose={onClose}
    >
      <p className="suggestion-muted">{gt("merge.help")}</p>
      <SelectField
        label={gt("merge.target")}
        {...form.register("targetId")}
        options={others.map((o) => ({ value: o.id, label: `#${o.number} ${o.title}` }))}
        error={errors.targetId?.message}
      />
      <TextAreaField label={gt("merge.reason")} {...form.register("reason")} error={errors.reason?.message} />
    </DialogFrame>
  );
}

function BoardCard({ s, month, onOpen }: { s: Suggestion; month: string; onOpen: (d: Dialog) => void }) {
  const { gt } = useSuggestionText();
  return (
    <li className="suggestion-board__card" data-testid={`board-${s.number}`}>
      <Link to={`/support/suggestions/${s.id}`}>
        #{s.number} {s.title}
      </Link>
      <div className="suggestion-muted">
        {gt("list.votes", { count: s.voteCount })}
        {s.requester ? ` · ${s.requester.name}` : ""}
        {s.mergedInto ? ` · ${gt("list.mergedInto", { number: s.mergedInto.number })}` : ""}
        {s.reviewMonth !== month ? ` · ${gt("board.carriedOver", { month: s.reviewMonth })}` : ""}
      </div>
      <div className="suggestion-board__actions">
        {s.allowedMoves.length > 0 ? (
          <Button variant="secondary" onClick={() => onOpen({ kind: "move", suggestion: s })}>
            {gt("board.move")}
          </Button>
        ) : null}
        {s.stage !== "merged" && s.stage !== "done" ? (
          <Button variant="secondary" onClick={() => onOpen({ kind: "merge", suggestion: s })}>
            {gt("board.merge")}
          </Button>
        ) : null}
      </div>
    </li>
  );
}

/** The product team's monthly review: a column per status, a month picker, moves and merges. */
export function BoardPage() {
  const trpc = useTRPC();
  const { gt } = useSuggestionText();
  const months = useQuery(trpc.support.suggestions.months.queryOptions());
  const [picked, setPicked] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const month = picked ?? months.data?.current ?? null;
  const board = useQuery({
    ...trpc.support.suggestions.board.queryOptions({ month: month ?? "2000-01" }),
    enabled: month !== null,
  });
  if (months.error) return <Alert tone="info">{refusalOf(months.error)?.message ?? gt("board.noAccess")}</Alert>;
  if (!month) return <p>{gt("loading")}</p>;
  const monthOptions = [...new Set([month, months.data?.current ?? month, ...(months.data?.months.map((m) => m.month) ?? [])])]
    .sort()
    .reverse();
  const items = board.data?.items ?? [];
  const choose = (m: string) => {
    setDialog(null);
    setPicked(m);
  };
  return (
    <Card title={gt("board.title")}>
      <div className="suggestion-filters">
        <Button variant="secondary" onClick={() => choose(shiftReviewMonth(month, -1))}>
          {gt("board.previous")}
        </Button>
        <SelectField
          label={gt("board.month")}
          value={month}
          onChange={(e) => choose(e.target.value)}
          options={monthOptions.map((m) => ({ value: m, label: m }))}
        />
        <Button variant="secondary" onClick={() => choose(shiftReviewMonth(month, 1))}>
          {gt("board.next")}
        </Button>
      </div>
      {dialog?.kind === "move" ? (
        <MoveDialog suggestion={dialog.suggestion} boardMonth={month} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === "merge" ? (
        <MergeDialog
          suggestion={dialog.suggestion}
          boardMonth={month}
          others={items.filter((o) => o.id !== dialog.suggestion.id && o.stage !== "merged")}
          onClose={() => setDialog(null)}
        />
      ) : null}
      <div className="suggestion-board" data-testid="suggestion-board">
        {COLUMNS.map((stage) => {
          const column = items.filter((s) => s.stage === stage);
          return (
            <section
              key={stage}
              className="suggestion-board__column"
              aria-label={gt(`status.${stage}`)}
              data-testid={`column-${stage}`}
            >
              <h3>
                {gt(`status.${stage}`)} ({column.length})
              </h3>
              {column.length === 0 ? (
                <p className="rk-empty">{gt("board.empty")}</p>
              ) : (
                <ul>
                  {column.map((s) => (
                    <BoardCard key={s.id} s={s} month={month} onOpen={setDialog} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </Card>
  );
}
