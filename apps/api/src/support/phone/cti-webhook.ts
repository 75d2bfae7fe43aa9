import { createHash, timingSafeEqual } from "node:crypto";
import { issueText, plainString, TEXT_NOT_PLAIN } from "@reskontra/contracts/shared";
import { type DbOrTx, supportCalls, supportLines, writeAudit } from "@reskontra/db";
import { CALL_DIRECTIONS, normalizePhoneNumber } from "@reskontra/domain";
import { and, eq, sql } from "drizzle-orm";
import type {
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { Logger } from "pino";
import { z } from "zod";
import type { Deps } from "../../trpc/context";
import { recogniseCaller, type LineRow } from "./caller";

// The telephony (CTI) webhook: the PBX posts each call event of a line here, and the desk keeps one
// support_calls row per (line, PBX call id). See CTI.md beside this file for the contract.

export const CTI_PATH = "/hooks/support/phone/:line";
const MAX_BODY_BYTES = 16 * 1024;

const EVENT_ALIASES: Record<string, "new" | "answered" | "hungup"> = {
  new: "new",
  "call.new": "new",
  ringing: "new",
  answered: "answered",
  "call.answered": "answered",
  hungup: "hungup",
  hangup: "hungup",
  "call.hungup": "hungup",
  ended: "hungup",
};

/** Hidden caller ids as PBXs spell them: a call without a number, not a bad payload. */
const NO_NUMBER = new Set(["", "anonymous", "unknown", "private", "restricted", "withheld"]);

const numberField = z
  .string()
  .max(40)
  .optional()
  .refine((v) => v === undefined || NO_NUMBER.has(v.trim().toLowerCase()) || normalizePhoneNumber(v) !== null, {
    message: "CTI_NUMBER_INVALID",
  });

export const ctiEventSchema = z.object({
  event: z.string().refine((v) => v.toLowerCase() in EVENT_ALIASES, { message: "CTI_EVENT_UNKNOWN" }),
  // NUL or a broken character would fail the insert, and the PBX would retry that event forever.
  callId: plainString().trim().min(1).max(200),
  from: numberField,
  to: numberField,
  // zod takes year 0000, which PostgreSQL has no date for; a PBX's clock is not that far off.
  timestamp: z.iso
    .datetime({ offset: true })
    .refine((v) => Date.parse(v) >= Date.UTC(2000, 0, 1), { message: "CTI_TIMESTAMP_OUT_OF_RANGE" }),
  direction: z.enum(CALL_DIRECTIONS).optional(),
});

const REASONS: Record<string, string> = {
  CTI_EVENT_UNKNOWN: "event must be one of new, answered, hungup (or call.new, call.answered, call.hungup)",
  CTI_NUMBER_INVALID: "not a phone number; send E.164 such as +358401234567, or 'anonymous'",
  CTI_TIMESTAMP_OUT_OF_RANGE: "the timestamp is before the year 2000; send the call's real time in ISO 8601",
  [TEXT_NOT_PLAIN]: "contains a NUL or a broken (lone surrogate) character",
};

type Problem = { status: number; body: Record<string, unknown> };

function problem(status: number, error: string, reason: string, field: string | null = null): Problem {
  return { status, body: { error, field, reason } };
}

function sha256Hex(s: string): Buffer {
  return createHash("sha256").update(s, "utf8").digest();
}

/** The secret presented as `Authorization: Bearer <secret>` or `X-CTI-Secret: <secret>`. */
function presentedSecret(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header === "string" && header.startsWith("Bearer ")) return header.slice("Bearer ".length).trim();
  const own = request.headers["x-cti-secret"];
  return typeof own === "string" ? own.trim() : null;
}

/** Compares digests, both 32 bytes, in constant time: no timing tells how much of a guess was right. */
export function secretMatches(presented: string | null, storedHashHex: string | null): boolean {
  if (!presented || !storedHashHex || !/^[0-9a-f]{64}$/i.test(storedHashHex)) return false;
  return timingSafeEqual(sha256Hex(presented), Buffer.from(storedHashHex, "hex"));
}

async function lineOf(deps: Deps, key: string): Promise<LineRow | undefined> {
  const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key);
  // A key that is neither an id nor a code's letters (NUL, a megabyte…) names no line; the
  // database is not asked, as NUL would fail the query.
  if (!byId && !/^[\w-]{1,100}$/.test(key)) return undefined;
  const [line] = await deps.db
    .select()
    .from(supportLines)
    .where(and(byId ? eq(supportLines.id, key) : eq(supportLines.code, key), eq(supportLines.active, true)));
  return line;
}

function parseBody(request: FastifyRequest): unknown {
  const raw = typeof request.body === "string" ? request.body : "";
  const type = String(request.headers["content-type"] ?? "").toLowerCase();
  if (type.startsWith("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(raw));
  return JSON.parse(raw) as unknown;
}

function numberOrNull(v: string | undefined): string | null {
  return v === undefined ? null : normalizePhoneNumber(v);
}

export type CtiResult = { callId: string; changed: boolean };

/**
 * Applies one event to the line's call `callId`, creating it when this is the first event seen
 * (events may arrive out of order or twice). Every instant keeps its first value, the start the
 * earliest; the duration is answered → hung up (0 for a call nobody answered).
 */
export async function applyCtiEvent(tx: DbOrTx, line: LineRow, event: z.output<typeof ctiEventSchema>): Promise<CtiResult> {
  const kind = EVENT_ALIASES[event.event.toLowerCase()] ?? "new";
  const at = new Date(event.timestamp);
  const from = numberOrNull(event.from);
  const to = numberOrNull(event.to);
  const direction = event.direction ?? (from !== null && from === line.phoneNumber ? "outbound" : "inbound");
  const customerNumber = direction === "inbound" ? from : to;
  const caller = await recogniseCaller(tx, customerNumber);

  const [before] = await tx
    .select()
    .from(supportCalls)
    .where(and(eq(supportCalls.lineId, line.id), eq(supportCalls.externalCallId, event.callId)))
    .for("update");
  const [row] = await tx
    .insert(supportCalls)
    .values({
      lineId: line.id,
      externalCallId: event.callId,
      direction,
      callerNumber: from,
      calledNumber: to,
      callerUserId: caller.userId,
      callerOrganizationId: caller.organizationId,
      startedAt: at,
      answeredAt: kind === "answered" ? at : null,
      endedAt: kind === "hungup" ? at : null,
      createdAt: at,
    })
    .onConflictDoUpdate({
      target: [supportCalls.lineId, supportCalls.externalCallId],
      set: {
        callerNumber: sql`coalesce(${supportCalls.callerNumber}, excluded.caller_number)`,
        calledNumber: sql`coalesce(${supportCalls.calledNumber}, excluded.called_number)`,
        callerUserId: sql`coalesce(${supportCalls.callerUserId}, excluded.caller_user_id)`,
        callerOrganizationId: sql`coalesce(${supportCalls.callerOrganizationId}, excluded.caller_organization_id)`,
        startedAt: sql`least(${supportCalls.startedAt}, excluded.started_at)`,
        answeredAt: sql`coalesce(${supportCalls.answeredAt}, excluded.answered_at)`,
        endedAt: sql`coalesce(${supportCalls.endedAt}, excluded.ended_at)`,
      },
    })
    .returning();
  if (!row) throw new Error("call upsert returned nothing");
  const durationSeconds =
    row.endedAt === null
      ? null
      : row.answeredAt === null
        ? 0
        : Math.max(0, Math.floor((row.endedAt.getTime() - row.answeredAt.getTime()) / 1000));
  if (durationSeconds !== row.durationSeconds) {
    await tx.update(supportCalls).set({ durationSeconds }).where(eq(supportCalls.id, row.id));
  }
  const changed =
    !before ||
    before.answeredAt?.getTime() !== row.answeredAt?.getTime() ||
    before.endedAt?.getTime() !== row.endedAt?.getTime() ||
    before.startedAt.getTime() !== row.startedAt.getTime() ||
    before.callerNumber !== row.callerNumber ||
    before.calledNumber !== row.calledNumber;
  // A retried post changes nothing and writes nothing more.
  if (changed) {
    await writeAudit(tx, {
      at,
      actorUserId: null,
      organizationId: row.callerOrganizationId,
      action: `support.call.cti_${kind}`,
      entityType: "support_call",
      entityId: row.id,
      after: { lineId: line.id, externalCallId: event.callId, durationSeconds },
    });
  }
  return { callId: row.id, changed };
}

async function handle(deps: Deps, request: FastifyRequest<{ Params: { line: string } }>): Promise<Problem> {
  const line = await lineOf(deps, request.params.line);
  if (!line) return problem(404, "LINE_UNKNOWN", "no active support line has this id or code", "line");
  if (!secretMatches(presentedSecret(request), line.ctiSecretHash)) {
    return problem(401, "CTI_SECRET_INVALID", "send the line's CTI secret as 'Authorization: Bearer <secret>'");
  }
  let body: unknown;
  try {
    body = parseBody(request);
  } catch {
    return problem(400, "INPUT_INVALID", "the body is not valid JSON", "body");
  }
  const parsed = ctiEventSchema.safeParse(body);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const field = issue?.path.map(String).join(".") || "body";
    const reason = issue
      ? issue.code === "custom"
        ? (REASONS[issue.message] ?? issue.message)
        : issueText(issue, "en", () => null)
      : "invalid";
    return problem(400, "INPUT_INVALID", reason, field);
  }
  const result = await deps.db.transaction((tx) => applyCtiEvent(tx, line, parsed.data));
  return { status: 200, body: { ok: true, callId: result.callId, changed: result.changed } };
}

/**
 * The CTI route, in its own scope so its body parsing (raw JSON or form fields, 16 KB at most) touches
 * no other route. Refusals are 400/401/404 with `{ error, field, reason }`; a database outage is 503
 * (the PBX retries), never a 500.
 */
export async function registerPhoneHooks(
  app: FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, Logger>,
  deps: Deps,
): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "string", bodyLimit: MAX_BODY_BYTES }, (_req, body, done) => {
      done(null, body);
    });
    scope.post<{ Params: { line: string } }>(CTI_PATH, { bodyLimit: MAX_BODY_BYTES }, async (request, reply) => {
      try {
        const answer = await handle(deps, request);
        return await reply.code(answer.status).send(answer.body);
      } catch (err) {
        deps.logger.error({ err, line: request.params.line }, "CTI event could not be stored");
        return reply.code(503).header("retry-after", "30").send({ error: "UNAVAILABLE", field: null, reason: "try again" });
      }
    });
  });
}
