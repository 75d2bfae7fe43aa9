import type { TicketMessageKind, TicketStatus } from "./lists";

/** A resolved ticket reopens when the requester writes within this many days; later it starts a new one. */
export const REOPEN_WITHIN_DAYS = 14;
const DAY_MS = 86_400_000;

export type MessageEffect = {
  /** The status after the message; unchanged when equal to the current one. */
  status: TicketStatus;
  /** The first reply to the requester stops the first-response clock. */
  firstResponse: boolean;
  /** A requester's message on a closed (or long-resolved) ticket starts a new ticket instead. */
  startsNewTicket: boolean;
};

/**
 * What a new message does to its ticket: the requester's reply takes a waiting or freshly resolved
 * ticket back to "open"; an agent's reply opens a new ticket and counts as the first response.
 */
export function effectOfMessage(input: {
  status: TicketStatus;
  kind: TicketMessageKind;
  resolvedAt: Date | null;
  firstResponseAt: Date | null;
  now: Date;
}): MessageEffect {
  const same = { status: input.status, firstResponse: false, startsNewTicket: false };
  if (input.kind === "customer") {
    if (input.status === "closed") return { ...same, startsNewTicket: true };
    if (input.status === "resolved") {
      const recent = input.resolvedAt !== null && input.now.getTime() - input.resolvedAt.getTime() <= REOPEN_WITHIN_DAYS * DAY_MS;
      return recent ? { ...same, status: "open" } : { ...same, startsNewTicket: true };
    }
    if (input.status === "waiting_customer") return { ...same, status: "open" };
    return same;
  }
  if (input.kind === "reply") {
    return {
      status: input.status === "new" ? "open" : input.status,
      firstResponse: input.firstResponseAt === null,
      startsNewTicket: false,
    };
  }
  return same;
}
