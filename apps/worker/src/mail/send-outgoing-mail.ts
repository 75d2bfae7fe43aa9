import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { outgoingMails, supportAttachments, writeAudit } from "@reskontra/db";
import { faultAt, requireMailer, type JobContext } from "../jobs/job-context";
import { appendToAlert, helsinkiDate } from "../jobs/raise-alert";
import { runSideEffectOnce } from "../jobs/side-effect-once";
import { isDefinitelyUndelivered } from "@reskontra/mail";

export type SendMailResult = "sent" | "skipped" | "uncertain" | "missing";

const sentResult = z.object({ messageId: z.string() });

/**
 * The sendMail job: sends one queued row of outgoing_mails, at most once, through the same
 * side-effect claim as invoice e-mails (key `mail:<id>`).
 */
export async function sendOutgoingMailJob(ctx: JobContext, mailId: string): Promise<SendMailResult> {
  const [mail] = await ctx.db.select().from(outgoingMails).where(eq(outgoingMails.id, mailId));
  if (!mail) {
    ctx.logger.warn({ mailId }, "mail job for a mail that does not exist");
    return "missing";
  }
  if (mail.status !== "queued") return "skipped";
  const mailer = requireMailer(ctx, `mail ${mail.idempotencyKey}`);
  // A support reply or forward carries the ticket's files (support_attachments, stored by the app).
  const attachments =
    mail.attachmentIds && mail.attachmentIds.length > 0
      ? await ctx.db
          .select({
            fileName: supportAttachments.fileName,
            contentType: supportAttachments.contentType,
            content: supportAttachments.content,
          })
          .from(supportAttachments)
          .where(inArray(supportAttachments.id, mail.attachmentIds))
      : [];

  const outcome = await runSideEffectOnce(ctx.db, {
    key: `mail:${mail.id}`,
    clock: ctx.clock,
    holder: ctx.instanceId,
    parseResult: (stored) => sentResult.parse(stored),
    isDefinitelyNotPerformed: isDefinitelyUndelivered,
    perform: async () => {
      const sent = await mailer.send({
        from: mail.fromAddress ?? ctx.config.invoiceMailFrom,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.body,
        messageId: `mail-${mail.id}@reskontra`,
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
        ...(mail.references ? { references: mail.references } : {}),
        attachments: attachments.map((a) => ({
          filename: a.fileName,
          contentType: a.contentType,
          content: Buffer.from(a.content),
        })),
      });
      await faultAt(ctx, "mail-sent");
      return { messageId: sent.messageId };
    },
  });

  const now = ctx.clock();
  if (outcome.status === "uncertain") {
    await ctx.db.transaction(async (tx) => {
      const moved = await tx
        .update(outgoingMails)
        .set({ status: "uncertain" })
        .where(and(eq(outgoingMails.id, mail.id), eq(outgoingMails.status, "queued")))
        .returning({ id: outgoingMails.id });
      if (moved.length === 0) return;
      await appendToAlert(tx, {
        kind: "mail_uncertain",
        businessDate: helsinkiDate(now),
        listKey: "mails",
        entry: {
          mailId: mail.id,
          idempotencyKey: mail.idempotencyKey,
          to: mail.toAddress,
          startedAt: outcome.startedAt.toISOString(),
        },
      });
      await writeAudit(tx, {
        at: now,
        actorUserId: null,
        organizationId: null,
        action: "mail.uncertain",
        entityType: "outgoing_mail",
        entityId: mail.id,
        after: { idempotencyKey: mail.idempotencyKey, startedAt: outcome.startedAt.toISOString() },
      });
    });
    ctx.logger.error({ mailId }, "mail outcome unknown; flagged, not resent");
    return "uncertain";
  }

  await ctx.db
    .update(outgoingMails)
    .set({ status: "sent", sentAt: now })
    .where(and(eq(outgoingMails.id, mail.id), eq(outgoingMails.status, "queued")));
  return outcome.performedNow ? "sent" : "skipped";
}
