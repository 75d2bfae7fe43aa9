import { CALL_DIRECTIONS, CALLBACK_STATUSES } from "@reskontra/domain";
import { z } from "zod";

export const lineOutput = z.object({
  id: z.string(),
  code: z.string(),
  nameFi: z.string(),
  nameEn: z.string(),
  phoneNumber: z.string(),
  openMinute: z.number().int(),
  closeMinute: z.number().int(),
  open: z.boolean(),
  closesAt: z.date().nullable(),
  nextOpening: z.date(),
});

export const callOutput = z.object({
  id: z.string(),
  lineId: z.string(),
  lineNameFi: z.string(),
  lineNameEn: z.string(),
  ticketId: z.string().nullable(),
  ticketNumber: z.number().int().nullable(),
  direction: z.enum(CALL_DIRECTIONS),
  callerNumber: z.string().nullable(),
  calledNumber: z.string().nullable(),
  callerName: z.string().nullable(),
  callerOrganizationName: z.string().nullable(),
  agentName: z.string().nullable(),
  viaPbx: z.boolean(),
  startedAt: z.date(),
  answeredAt: z.date().nullable(),
  endedAt: z.date().nullable(),
  durationSeconds: z.number().int().nullable(),
  summary: z.string(),
});

export const loggedCallOutput = z.object({ callId: z.string(), ticketId: z.string(), ticketNumber: z.number().int() });

export const callbackOutput = z.object({
  id: z.string(),
  lineId: z.string(),
  lineNameFi: z.string(),
  lineNameEn: z.string(),
  ticketId: z.string().nullable(),
  ticketNumber: z.number().int().nullable(),
  phoneNumber: z.string(),
  contactName: z.string().nullable(),
  promisedAt: z.date(),
  status: z.enum(CALLBACK_STATUSES),
  assigneeUserId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  note: z.string(),
  late: z.boolean(),
  doneAt: z.date().nullable(),
});

export const assigneeOutput = z.object({ id: z.string(), name: z.string() });
