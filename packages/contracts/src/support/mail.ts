import { INBOUND_MAIL_STATUSES } from "@reskontra/domain";
import { z } from "zod";
import { plainString } from "../shared/plain-string";

// Input schemas of the support desk's mail procedures; the web's forms check with the same ones.

/** The quarantine list: newest first, by status (quarantined by default). */
export const inboundMailListInput = z.object({
  status: z.enum(INBOUND_MAIL_STATUSES).default("quarantined"),
  limit: z.number().int().min(1).max(200).default(50),
});
export type InboundMailListInput = z.input<typeof inboundMailListInput>;

export const inboundMailIdInput = z.object({ inboundMailId: z.uuid() });

/** Release to a new ticket, or onto an existing one by its number (the [#100123] agents see). */
export const releaseInboundMailInput = z.object({
  inboundMailId: z.uuid(),
  ticketNumber: z.number().int().min(1).max(999_999_999_999).optional(),
});
export type ReleaseInboundMailInput = z.infer<typeof releaseInboundMailInput>;

/** Discarding keeps a note of why in the audit log. */
export const discardInboundMailInput = z.object({
  inboundMailId: z.uuid(),
  note: plainString().trim().max(500).default(""),
});
export type DiscardInboundMailInput = z.input<typeof discardInboundMailInput>;
