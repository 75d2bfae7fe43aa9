// Input schemas of the support desk's phone procedures; the web's forms check with the same ones.
// Only the shape is checked here: whether a number is a phone number and a promised time is inside
// the line's opening hours is the server's call (domain normalizePhoneNumber, checkCallbackTime),
// so its refusal names the field and the reason in the caller's language.
import { CALL_DIRECTIONS, TICKET_CATEGORIES } from "@reskontra/domain";
import { z } from "zod";
import { plainString } from "../shared/plain-string";
import { plainDate } from "../shared/plain-date";

const phoneNumberText = plainString().trim().min(1).max(40);

/** An agent logs a call on a ticket: an existing one (`ticketId`), or a new one with `subject`. */
export const logCallInput = z.object({
  lineId: z.uuid(),
  ticketId: z.uuid().nullable().default(null),
  /** For a new ticket: its subject and category (the summary becomes its description). */
  subject: plainString().trim().max(200).default(""),
  category: z.enum(TICKET_CATEGORIES).default("technical"),
  direction: z.enum(CALL_DIRECTIONS).default("inbound"),
  callerNumber: phoneNumberText,
  durationSeconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600),
  summary: plainString().trim().min(1).max(4000),
});
export type LogCallInput = z.input<typeof logCallInput>;

/** A call the PBX reported goes on a ticket (existing, or new with `subject`) with the agent's summary. */
export const attachCallInput = z.object({
  callId: z.uuid(),
  ticketId: z.uuid().nullable().default(null),
  subject: plainString().trim().max(200).default(""),
  category: z.enum(TICKET_CATEGORIES).default("technical"),
  summary: plainString().trim().min(1).max(4000),
});
export type AttachCallInput = z.input<typeof attachCallInput>;

export const callsInput = z.object({
  ticketId: z.uuid().nullable().default(null),
  /** A Helsinki business date; the calls that started on it. */
  date: plainDate.nullable().default(null),
});

/** A promised call back, at a time inside the line's opening hours. */
export const createCallbackInput = z.object({
  lineId: z.uuid(),
  ticketId: z.uuid().nullable().default(null),
  phoneNumber: phoneNumberText,
  contactName: plainString().trim().max(200).default(""),
  promisedAt: z.date(),
  /** Defaults to the agent who promises it. */
  assigneeUserId: z.uuid().nullable().default(null),
  note: plainString().trim().max(2000).default(""),
});
export type CreateCallbackInput = z.input<typeof createCallbackInput>;

export const dueCallbacksInput = z.object({ mine: z.boolean().default(false) });

export const CALLBACK_OUTCOMES = ["done", "failed"] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

/** Done: the customer was reached. Failed: not reached and given up (a new callback can be promised). */
export const completeCallbackInput = z.object({
  callbackId: z.uuid(),
  outcome: z.enum(CALLBACK_OUTCOMES),
  note: plainString().trim().max(2000).default(""),
});

export const reassignCallbackInput = z.object({ callbackId: z.uuid(), assigneeUserId: z.uuid() });
