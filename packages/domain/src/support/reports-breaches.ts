import type { TicketSla } from "./ticket-sla";

/** The two SLA targets a ticket has. */
export const SLA_TARGET_KINDS = ["first_response", "resolution"] as const;
export type SlaTargetKind = (typeof SLA_TARGET_KINDS)[number];

/**
 * The targets whose clock has run out and that have not been alerted yet (no breach stamp):
 * each breach of each ticket alerts exactly once.
 */
export function breachesToRaise(
  sla: TicketSla,
  stamps: { firstResponseBreachedAt: Date | null; resolutionBreachedAt: Date | null },
): SlaTargetKind[] {
  const raise: SlaTargetKind[] = [];
  if (sla.firstResponse.breached && stamps.firstResponseBreachedAt === null) raise.push("first_response");
  if (sla.resolution.breached && stamps.resolutionBreachedAt === null) raise.push("resolution");
  return raise;
}
