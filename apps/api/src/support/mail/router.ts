import {
  discardInboundMailInput,
  inboundMailIdInput,
  inboundMailListInput,
  releaseInboundMailInput,
} from "@reskontra/contracts/support";
import { supportInboundMails, supportTickets, writeAudit } from "@reskontra/db";
import { INBOUND_MAIL_STATUSES, maskIdentityCodes } from "@reskontra/domain";
import { parseMail, releaseInboundMail } from "@reskontra/usecases/support";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { AppError } from "../../errors";
import { router } from "../../trpc/init";
import { okOutput } from "../../trpc/outputs";
import { roleProcedure } from "../../trpc/procedures";

const agentProcedure = roleProcedure("agent");

const inboundMailSummary = z.object({
  id: z.string(),
  mailboxAddress: z.string(),
  fromAddress: z.string().nullable(),
  subject: z.string().nullable(),
  sizeBytes: z.number(),
  status: z.enum(INBOUND_MAIL_STATUSES),
  reason: z.string().nullable(),
  receivedAt: z.date(),
  processedAt: z.date().nullable(),
  ticketId: z.string().nullable(),
  ticketNumber: z.number().nullable(),
});

const inboundMailDetail = inboundMailSummary.extend({
  /** The mail could not be read as MIME; `text` is then the start of its raw bytes. */
  malformed: z.boolean(),
  headers: z.array(z.object({ name: z.string(), value: z.string() })),
  text: z.string(),
  attachments: z.array(z.object({ fileName: z.string(), declaredType: z.string(), sizeBytes: z.number() })),
});

const summaryColumns = {
  id: supportInboundMails.id,
  mailboxAddress: supportInboundMails.mailboxAddress,
  fromAddress: supportInboundMails.fromAddress,
  subject: supportInboundMails.subject,
  sizeBytes: supportInboundMails.sizeBytes,
  status: supportInboundMails.status,
  reason: supportInboundMails.reason,
  receivedAt: supportInboundMails.receivedAt,
  processedAt: supportInboundMails.processedAt,
  ticketId: supportInboundMails.ticketId,
  ticketNumber: supportTickets.number,
};

/** What an agent may show: identity codes masked in every free text. */
const masked = <T extends { subject: string | null }>(row: T): T => ({
  ...row,
  subject: row.subject === null ? null : maskIdentityCodes(row.subject),
});

const PREVIEW_CHARS = 20_000;

/**
 * The support mailboxes' quarantine (agents only): mail kept aside with a reason (auto-replies,
 * bounces, loops, broken MIME, no sender), to be read, released to a ticket or discarded.
 */
export const mailRouter = router({
  list: agentProcedure
    .input(inboundMailListInput)
    .output(z.array(inboundMailSummary))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db
        .select(summaryColumns)
        .from(supportInboundMails)
        .leftJoin(supportTickets, eq(supportTickets.id, supportInboundMails.ticketId))
        .where(eq(supportInboundMails.status, input.status))
        .orderBy(desc(supportInboundMails.receivedAt))
        .limit(input.limit);
      return rows.map(masked);
    }),

  view: agentProcedure
    .input(inboundMailIdInput)
    .output(inboundMailDetail)
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.db
        .select({ ...summaryColumns, raw: supportInboundMails.raw })
        .from(supportInboundMails)
        .leftJoin(supportTickets, eq(supportTickets.id, supportInboundMails.ticketId))
        .where(eq(supportInboundMails.id, input.inboundMailId));
      if (!row) throw new AppError("SUPPORT_MAIL_NOT_FOUND", { field: "inboundMailId" });
      const { raw, ...summary } = row;
      const parsed = await parseMail(raw);
      const text = parsed.ok ? parsed.mail.text : Buffer.from(raw.subarray(0, PREVIEW_CHARS)).toString("utf8");
      return {
        ...masked(summary),
        malformed: !parsed.ok,
        headers: parsed.ok ? parsed.mail.headerLines.map((h) => ({ name: h.name, value: maskIdentityCodes(h.value) })) : [],
        text: maskIdentityCodes(text.slice(0, PREVIEW_CHARS)),
        attachments: parsed.ok
          ? parsed.mail.attachments.map((a) => ({
              fileName: a.fileName,
              declaredType: a.declaredType,
              sizeBytes: a.bytes.length,
            }))
          : [],
      };
    }),

  release: agentProcedure
    .input(releaseInboundMailInput)
    .output(z.object({ ticketId: z.string(), ticketNumber: z.number(), created: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const now = ctx.clock();
      return ctx.db.transaction(async (tx) => {
        let ticketId: string | null = null;
        if (input.ticketNumber !== undefined) {
          const [ticket] = await tx
            .select({ id: supportTickets.id })
            .from(supportTickets)
            .where(eq(supportTickets.number, input.ticketNumber));
          if (!ticket) throw new AppError("SUPPORT_MAIL_TICKET_NOT_FOUND", { field: "ticketNumber" });
          ticketId = ticket.id;
        }
        const [exists] = await tx
          .select({ id: supportInboundMails.id })
          .from(supportInboundMails)
          .where(eq(supportInboundMails.id, input.inboundMailId));
        if (!exists) throw new AppError("SUPPORT_MAIL_NOT_FOUND", { field: "inboundMailId" });
        const outcome = await releaseInboundMail(tx, {
          inboundMailId: input.inboundMailId,
          actorUserId: ctx.auth.user.id,
          ticketId,
          now,
          requestId: ctx.requestId,
        });
        if (outcome.status !== "ticketed") throw new AppError("SUPPORT_MAIL_NOT_QUARANTINED", { field: "inboundMailId" });
        return { ticketId: outcome.ticketId, ticketNumber: outcome.ticketNumber, created: outcome.created };
      });
    }),

  /** Deletes a quarantined mail for good; the audit row keeps who, when, what and why. */
  discard: agentProcedure
    .input(discardInboundMailInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.clock();
      await ctx.db.transaction(async (tx) => {
        const [row] = await tx
          .select({
            id: supportInboundMails.id,
            status: supportInboundMails.status,
            reason: supportInboundMails.reason,
            messageKey: supportInboundMails.messageKey,
            fromAddress: supportInboundMails.fromAddress,
            subject: supportInboundMails.subject,
            mailboxAddress: supportInboundMails.mailboxAddress,
            receivedAt: supportInboundMails.receivedAt,
          })
          .from(supportInboundMails)
          .where(eq(supportInboundMails.id, input.inboundMailId))
          .for("update");
        if (!row) throw new AppError("SUPPORT_MAIL_NOT_FOUND", { field: "inboundMailId" });
        if (row.status !== "quarantined") throw new AppError("SUPPORT_MAIL_NOT_QUARANTINED", { field: "inboundMailId" });
        await tx.delete(supportInboundMails).where(eq(supportInboundMails.id, row.id));
        await writeAudit(tx, {
          at: now,
          actorUserId: ctx.auth.user.id,
          organizationId: null,
          action: "support.mail.discarded",
          entityType: "support_inbound_mail",
          entityId: row.id,
          before: { ...masked(row), receivedAt: row.receivedAt.toISOString() },
          after: { note: maskIdentityCodes(input.note) },
          requestId: ctx.requestId,
        });
      });
      return { ok: true as const };
    }),
});
