import { isConnectionLost, supportAttachments, supportTicketMessages, supportTickets } from "@reskontra/db";
import { maskIdentityCodes } from "@reskontra/domain";
import {
  checkAttachment,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_MESSAGE,
  recordTicketChange,
  safeFileName,
  storeAttachments,
} from "@reskontra/usecases/support";
import { and, count, eq } from "drizzle-orm";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AuthResult } from "../../auth/load-auth";
import { APP_ERRORS, AppError, DATABASE_RETRY_AFTER_SECONDS, type AppErrorCode } from "../../errors";
import { isAgent, type AuthedContext } from "../../trpc/authed";
import { createContextInner, type Deps, type Locale } from "../../trpc/context";
import { canSeeTicket, loadVisibleTicket } from "./ticket-access";

/** Where the web uploads and downloads a ticket's files (plain HTTP: a file is bytes, not JSON). */
export const ATTACHMENT_PATHS = {
  upload: "/files/support/tickets/:ticketId/messages/:messageId/attachments",
  download: "/files/support/attachments/:attachmentId",
} as const;

const STATUS: Partial<Record<string, number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  SERVICE_UNAVAILABLE: 503,
};

function refuse(reply: FastifyReply, locale: Locale, code: AppErrorCode, field: string | null = "file") {
  const entry = APP_ERRORS[code];
  return reply
    .code(STATUS[entry.trpc] ?? 400)
    .header("cache-control", "no-store")
    .send({ error: { code, message: entry[locale], field } });
}

export interface AttachmentRouteOptions {
  deps: Deps;
  authOf: (request: FastifyRequest) => Promise<AuthResult>;
  localeOf: (request: FastifyRequest) => Locale | undefined;
}

/**
 * POST the raw bytes of one file (Content-Type application/octet-stream, the name in `?name=`) to a
 * message of a ticket the caller wrote; GET a file of a ticket the caller may see. The type stored
 * and served is the one sniffed from the bytes; a file is always served as a download with nosniff.
 */
export function ticketAttachmentRoutes(options: AttachmentRouteOptions) {
  const { deps } = options;
  async function contextOf(
    request: FastifyRequest,
  ): Promise<{ ctx: AuthedContext | null; locale: Locale; problem: AppErrorCode }> {
    const { auth, problem } = await options.authOf(request);
    const locale = options.localeOf(request) ?? auth?.user.locale ?? "fi";
    if (!auth) return { ctx: null, locale, problem: problem ?? "AUTH_REQUIRED" };
    const ctx = createContextInner(deps, { auth, locale, ip: request.ip, requestId: String(request.id) });
    return { ctx: { ...ctx, auth }, locale, problem: "AUTH_REQUIRED" };
  }

  return async (scope: FastifyInstance) => {
    // A little over the limit reaches the handler, which refuses it in words; far over is cut off here.
    const bodyLimit = MAX_ATTACHMENT_BYTES + 1024 * 1024;
    scope.addContentTypeParser("application/octet-stream", { parseAs: "buffer", bodyLimit }, (_req, body, done) => {
      done(null, body);
    });
    scope.setErrorHandler(async (error: { code?: string; statusCode?: number }, request, reply) => {
      const locale = options.localeOf(request) ?? "fi";
      if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") return refuse(reply, locale, "ATTACHMENT_TOO_LARGE");
      if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" || error.code === "FST_ERR_CTP_EMPTY_JSON_BODY")
        return refuse(reply, locale, "ATTACHMENT_TYPE_NOT_ALLOWED");
      if (error instanceof AppError) return refuse(reply, locale, error.code, error.options.field ?? null);
      // A database restart or failover is not the file's fault: 503 and when to try again, as the procedures answer.
      if (isConnectionLost(error)) {
        deps.logger.warn({ err: error }, "database connection lost; attachment request answered 503");
        reply.header("retry-after", String(DATABASE_RETRY_AFTER_SECONDS));
        return refuse(reply, locale, "DATABASE_UNAVAILABLE", null);
      }
      deps.logger.error({ err: error }, "attachment request failed");
      return refuse(reply, locale, "INTERNAL", null);
    });

    scope.post<{ Params: { ticketId: string; messageId: string }; Querystring: { name?: string } }>(
      ATTACHMENT_PATHS.upload,
      async (request, reply) => {
        const { ctx, locale, problem } = await contextOf(request);
        if (!ctx) return refuse(reply, locale, problem, null);
        const bytes = Buffer.isBuffer(request.body) ? new Uint8Array(request.body) : new Uint8Array();
        const saved = await attachToMessage(ctx, {
          ticketId: request.params.ticketId,
          messageId: request.params.messageId,
          fileName: request.query.name ?? "",
          bytes,
        });
        return reply.code(201).header("cache-control", "no-store").send(saved);
      },
    );

    scope.get<{ Params: { attachmentId: string } }>(ATTACHMENT_PATHS.download, async (request, reply) => {
      const { ctx, locale, problem } = await contextOf(request);
      if (!ctx) return refuse(reply, locale, problem, null);
      const file = await loadVisibleAttachment(ctx, request.params.attachmentId);
      const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "sandbox; default-src 'none'")
        .header("cache-control", "private, no-store")
        .send(Buffer.from(file.content));
    });
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Adds one file to a message the caller wrote on a ticket they may see: at most five per message,
 * at most 10 MB, and only PNG, JPEG, PDF or plain text by its bytes. The name is stripped of paths
 * and identity codes. One transaction with the ticket's history and audit row.
 */
export async function attachToMessage(
  ctx: AuthedContext,
  input: { ticketId: string; messageId: string; fileName: string; bytes: Uint8Array },
) {
  if (!UUID.test(input.ticketId)) throw new AppError("TICKET_NOT_FOUND", { field: "ticketId" });
  if (!UUID.test(input.messageId)) throw new AppError("TICKET_NOT_FOUND", { field: "messageId" });
  const checked = checkAttachment(input.bytes);
  if (!checked.ok) throw new AppError(checked.code, { field: "file" });
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const ticket = await loadVisibleTicket(ctx, input.ticketId, { db: tx, forUpdate: true });
    const [message] = await tx
      .select({ id: supportTicketMessages.id, authorUserId: supportTicketMessages.authorUserId })
      .from(supportTicketMessages)
      .where(and(eq(supportTicketMessages.id, input.messageId), eq(supportTicketMessages.ticketId, ticket.id)));
    // Files go on one's own message only: no one adds to another person's words.
    if (!message || message.authorUserId !== ctx.auth.user.id) throw new AppError("TICKET_NOT_FOUND", { field: "messageId" });
    const [existing] = await tx
      .select({ n: count() })
      .from(supportAttachments)
      .where(eq(supportAttachments.messageId, message.id));
    if ((existing?.n ?? 0) >= MAX_ATTACHMENTS_PER_MESSAGE) throw new AppError("ATTACHMENT_TOO_MANY", { field: "file" });
    const fileName = maskIdentityCodes(safeFileName(input.fileName));
    const [id] = await storeAttachments(tx, { ticketId: ticket.id, messageId: message.id, uploadedBy: ctx.auth.user.id, now }, [
      { fileName, bytes: input.bytes, contentType: checked.contentType },
    ]);
    if (!id) throw new Error("attachment insert returned nothing");
    const saved = { id, fileName: safeFileName(fileName), contentType: checked.contentType, sizeBytes: input.bytes.length };
    await recordTicketChange(tx, {
      ticketId: ticket.id,
      organizationId: ticket.organizationId,
      actorUserId: ctx.auth.user.id,
      action: "support.ticket.attachment_added",
      after: { ...saved, messageId: message.id },
      at: now,
      requestId: ctx.requestId,
    });
    return saved;
  });
}

/** A ticket's file if the caller may see the ticket (and, for an internal note's file, is an agent). */
export async function loadVisibleAttachment(ctx: AuthedContext, attachmentId: string) {
  if (!UUID.test(attachmentId)) throw new AppError("ATTACHMENT_NOT_FOUND", { field: "attachmentId" });
  const [row] = await ctx.db
    .select({
      fileName: supportAttachments.fileName,
      contentType: supportAttachments.contentType,
      content: supportAttachments.content,
      requesterUserId: supportTickets.requesterUserId,
      organizationId: supportTickets.organizationId,
      messageKind: supportTicketMessages.kind,
    })
    .from(supportAttachments)
    .innerJoin(supportTickets, eq(supportTickets.id, supportAttachments.ticketId))
    .leftJoin(supportTicketMessages, eq(supportTicketMessages.id, supportAttachments.messageId))
    .where(eq(supportAttachments.id, attachmentId));
  const internal = row?.messageKind === "note" || row?.messageKind === "forward";
  if (!row || !canSeeTicket(ctx, row) || (internal && !isAgent(ctx)))
    throw new AppError("ATTACHMENT_NOT_FOUND", { field: "attachmentId" });
  return row;
}
