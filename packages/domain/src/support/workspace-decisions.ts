import type { TicketStatus } from "./lists";

// What an agent may do to a ticket from the workspace: change its status, merge it into another.

export type WorkspaceRefusalCode =
  "WORKSPACE_TICKET_MERGED" | "WORKSPACE_STATUS_NOT_ALLOWED" | "WORKSPACE_MERGE_SAME" | "WORKSPACE_MERGE_TARGET_CLOSED";

export type WorkspaceRefusal = { ok: false; code: WorkspaceRefusalCode; field: string };

export type TicketLifecycle = {
  status: TicketStatus;
  mergedIntoTicketId: string | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
};

export type StatusDecision = ({ ok: true; changed: boolean } & Omit<TicketLifecycle, "mergedIntoTicketId">) | WorkspaceRefusal;

const DONE: readonly TicketStatus[] = ["resolved", "closed"];

/**
 * An agent sets a ticket's status. "new" belongs to filing only; a ticket merged into another is
 * answered there. Resolving stamps `resolvedAt` (the resolution clock stops), closing stamps
 * `closedAt` too; taking a resolved or closed ticket back to work clears both (the clocks run on).
 */
export function decideStatusChange(ticket: TicketLifecycle, next: TicketStatus, now: Date): StatusDecision {
  if (ticket.mergedIntoTicketId !== null) return { ok: false, code: "WORKSPACE_TICKET_MERGED", field: "status" };
  if (next === "new" && ticket.status !== "new") return { ok: false, code: "WORKSPACE_STATUS_NOT_ALLOWED", field: "status" };
  if (next === ticket.status) {
    return { ok: true, changed: false, status: ticket.status, resolvedAt: ticket.resolvedAt, closedAt: ticket.closedAt };
  }
  if (!DONE.includes(next)) return { ok: true, changed: true, status: next, resolvedAt: null, closedAt: null };
  const resolvedAt = DONE.includes(ticket.status) ? (ticket.resolvedAt ?? now) : now;
  return { ok: true, changed: true, status: next, resolvedAt, closedAt: next === "closed" ? (ticket.closedAt ?? now) : null };
}

/**
 * A duplicate (source) is merged into the ticket that stays (target): both must be other tickets,
 * neither already merged, and the target still open to work, since the conversation continues there.
 */
export function decideMerge(
  source: { id: string } & TicketLifecycle,
  target: { id: string } & TicketLifecycle,
): { ok: true } | WorkspaceRefusal {
  if (source.id === target.id) return { ok: false, code: "WORKSPACE_MERGE_SAME", field: "targetTicketNumber" };
  if (source.mergedIntoTicketId !== null) return { ok: false, code: "WORKSPACE_TICKET_MERGED", field: "sourceTicketId" };
  if (target.mergedIntoTicketId !== null || target.status === "closed") {
    return { ok: false, code: "WORKSPACE_MERGE_TARGET_CLOSED", field: "targetTicketNumber" };
  }
  return { ok: true };
}
