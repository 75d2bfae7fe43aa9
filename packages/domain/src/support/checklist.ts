import { extractIdentifiers } from "./identifiers";
import type { FoundIdentifier } from "./identifiers";

export type ChecklistGap = { item: string; code: string };

/** A description shorter than this (or with fewer words) is too vague to act on. */
export const MIN_DESCRIPTION_CHARS = 40;
export const MIN_DESCRIPTION_WORDS = 6;

function isPrecise(text: string | undefined): boolean {
  const t = (text ?? "").trim();
  return t.length >= MIN_DESCRIPTION_CHARS && t.split(/\s+/).length >= MIN_DESCRIPTION_WORDS;
}

export type TicketChecklistResult = {
  complete: boolean;
  missing: ChecklistGap[];
  identifiers: FoundIdentifier[];
  /** DESIGN.md §4: a ticket without identifiers is flagged before it is sent. */
  flagBeforeSend: boolean;
};

/**
 * The support ticket checklist: a precise description, an identifier (invoice,
 * reference, customer, document or work order number — typed into the text or
 * linked explicitly) and an attachment.
 */
export function evaluateTicketChecklist(ticket: {
  subject?: string;
  description: string;
  attachmentCount: number;
  /** Identifiers the user linked through the form rather than typed. */
  linkedIdentifierCount?: number;
}): TicketChecklistResult {
  const identifiers = extractIdentifiers(`${ticket.subject ?? ""}\n${ticket.description}`);
  const missing: ChecklistGap[] = [];
  if (!isPrecise(ticket.description)) missing.push({ item: "description", code: "TICKET_DESCRIPTION_TOO_VAGUE" });
  const hasIdentifier = identifiers.length > 0 || (ticket.linkedIdentifierCount ?? 0) > 0;
  if (!hasIdentifier) missing.push({ item: "identifier", code: "TICKET_IDENTIFIER_MISSING" });
  if (ticket.attachmentCount < 1) missing.push({ item: "attachment", code: "TICKET_ATTACHMENT_MISSING" });
  return { complete: missing.length === 0, missing, identifiers, flagBeforeSend: !hasIdentifier };
}

/** Development suggestions: clear description, concrete benefit, current difficulty, attachment. */
export function evaluateSuggestionChecklist(suggestion: {
  description: string;
  benefit: string;
  currentDifficulty: string;
  attachmentCount: number;
}): { complete: boolean; missing: ChecklistGap[] } {
  const missing: ChecklistGap[] = [];
  if (!isPrecise(suggestion.description)) missing.push({ item: "description", code: "SUGGESTION_DESCRIPTION_TOO_VAGUE" });
  if (suggestion.benefit.trim() === "") missing.push({ item: "benefit", code: "SUGGESTION_BENEFIT_MISSING" });
  if (suggestion.currentDifficulty.trim() === "")
    missing.push({ item: "currentDifficulty", code: "SUGGESTION_DIFFICULTY_MISSING" });
  if (suggestion.attachmentCount < 1) missing.push({ item: "attachment", code: "SUGGESTION_ATTACHMENT_MISSING" });
  return { complete: missing.length === 0, missing };
}
