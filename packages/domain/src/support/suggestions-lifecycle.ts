import { refuse } from "../shared/errors";
import type { Result } from "../shared/errors";
import { toHelsinkiWallClock } from "../shared/helsinki-time";
import { SUGGESTION_STATUSES } from "./lists";
import type { SuggestionStatus } from "./lists";

// Development suggestions (kehitysehdotukset), issue 11: the product team reviews them monthly and
// decides; requesters follow the status and vote for others' suggestions; support agents may file on
// a customer's behalf but never decide.

/** Who is acting: the product team decides; an agent or a requester only files and votes. */
export type SuggestionActor = "product" | "agent" | "requester";

/**
 * The moves the product team may make. `done` is final; a declined suggestion may be taken up again.
 * A duplicate is not a status of its own: it is declined with `mergedInto` set (see decideSuggestionMerge).
 */
export const SUGGESTION_MOVES: Readonly<Record<SuggestionStatus, readonly SuggestionStatus[]>> = {
  new: ["under_review", "planned", "declined"],
  under_review: ["planned", "declined"],
  planned: ["done", "under_review", "declined"],
  done: [],
  declined: ["under_review"],
};

export const MAX_SUGGESTION_REASON_CHARS = 1000;

export type SuggestionState = {
  status: SuggestionStatus;
  /** Set when the suggestion was merged into another as its duplicate. */
  mergedInto: string | null;
};

function isStatus(value: unknown): value is SuggestionStatus {
  return typeof value === "string" && (SUGGESTION_STATUSES as readonly string[]).includes(value);
}

/** Where a suggestion stands on the board: its status, or `merged` for a duplicate. */
export function suggestionStage(state: SuggestionState): SuggestionStatus | "merged" {
  return state.mergedInto === null ? state.status : "merged";
}

/** The statuses this actor may move the suggestion to now (empty for anyone but the product team). */
export function allowedSuggestionMoves(state: SuggestionState, actor: SuggestionActor): SuggestionStatus[] {
  if (actor !== "product" || state.mergedInto !== null) return [];
  return [...SUGGESTION_MOVES[state.status]];
}

/** A status change with its reason, or why not (the field the refusal concerns). */
export function decideSuggestionStatus(
  state: SuggestionState,
  command: { to: SuggestionStatus; reason: string },
  actor: SuggestionActor,
): Result<{ status: SuggestionStatus; reason: string }> {
  if (actor !== "product") return refuse("SUGGESTION_DECISION_FORBIDDEN", "status");
  if (!isStatus(command.to)) return refuse("SUGGESTION_STATUS_UNKNOWN", "status");
  if (state.mergedInto !== null) return refuse("SUGGESTION_ALREADY_MERGED", "status");
  if (command.to === state.status) return refuse("SUGGESTION_STATUS_UNCHANGED", "status", { status: state.status });
  if (!SUGGESTION_MOVES[state.status].includes(command.to))
    return refuse("SUGGESTION_MOVE_NOT_ALLOWED", "status", { from: state.status, to: command.to });
  const reason = command.reason.trim();
  if (reason === "") return refuse("SUGGESTION_REASON_REQUIRED", "reason");
  if (reason.length > MAX_SUGGESTION_REASON_CHARS) return refuse("SUGGESTION_REASON_TOO_LONG", "reason");
  return { ok: true, status: command.to, reason };
}

/** Merging a duplicate (source) into the suggestion it repeats (target). */
export function decideSuggestionMerge(
  source: SuggestionState & { id: string },
  target: SuggestionState & { id: string },
  actor: SuggestionActor,
): Result<{ status: SuggestionStatus; mergedInto: string }> {
  if (actor !== "product") return refuse("SUGGESTION_DECISION_FORBIDDEN", "targetId");
  if (source.id === target.id) return refuse("SUGGESTION_MERGE_SELF", "targetId");
  if (source.mergedInto !== null) return refuse("SUGGESTION_ALREADY_MERGED", "suggestionId");
  if (target.mergedInto !== null) return refuse("SUGGESTION_MERGE_TARGET_MERGED", "targetId");
  if (source.status === "done") return refuse("SUGGESTION_MERGE_DONE", "suggestionId");
  return { ok: true, status: "declined", mergedInto: target.id };
}

/** Votes are for what may still be decided or done: not for a duplicate, a done or a declined one. */
export function decideVote(suggestion: SuggestionState & { authorUserIds: readonly string[] }, voterUserId: string): Result {
  if (suggestion.authorUserIds.includes(voterUserId)) return refuse("SUGGESTION_VOTE_OWN", "suggestionId");
  if (suggestion.mergedInto !== null) return refuse("SUGGESTION_VOTE_MERGED", "suggestionId");
  if (suggestion.status === "done" || suggestion.status === "declined")
    return refuse("SUGGESTION_VOTE_CLOSED", "suggestionId", { status: suggestion.status });
  return { ok: true };
}

/**
 * The voters a merge leaves on the target: its own voters, the duplicate's voters and the duplicate's
 * authors (who asked for the same thing), each once, never the target's own authors.
 */
export function votersAfterMerge(input: {
  targetVoters: readonly string[];
  sourceVoters: readonly string[];
  sourceAuthors: readonly string[];
  targetAuthors: readonly string[];
}): string[] {
  const out = new Set<string>();
  for (const id of [...input.targetVoters, ...input.sourceVoters, ...input.sourceAuthors]) {
    if (!input.targetAuthors.includes(id)) out.add(id);
  }
  return [...out];
}

/** The month whose review takes up a suggestion filed at `now`: its Helsinki month, "YYYY-MM". */
export function suggestionReviewMonth(now: Date): string {
  return toHelsinkiWallClock(now.getTime()).date.slice(0, 7);
}

/** "YYYY-MM" with a real month. */
export function isReviewMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** The month after or before ("2026-12" → "2027-01"), for the board's month picker. */
export function shiftReviewMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = (y ?? 0) * 12 + (m ?? 1) - 1 + by;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}
