import type { BadgeTone } from "@reskontra/ui";
import type { TicketStatus } from "@reskontra/domain";

/** The colour of a status badge; its text says the same in words. */
export const STATUS_TONE: Record<TicketStatus, BadgeTone> = {
  new: "info",
  open: "info",
  waiting_customer: "warning",
  waiting_third_party: "neutral",
  resolved: "success",
  closed: "neutral",
};
