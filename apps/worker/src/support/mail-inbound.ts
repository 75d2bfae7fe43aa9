import type { InboundMailHandler } from "@reskontra/mail";
import {
  processInboundMail,
  receiveInboundMail,
  supportMailboxFor,
  unprocessedInboundMails,
  type InboundOutcome,
} from "@reskontra/usecases/support";
import type { JobContext } from "../jobs/job-context";

const MAILBOX_CACHE_MS = 10_000;

/**
 * The support desk's receiving path for any SMTP server of ours (the production receiver and the
 * development catcher alike): recipients are checked against support_mailboxes, and each mail is
 * stored raw first, then processed by a job.
 */
export function inboundMailHandler(ctx: Pick<JobContext, "db" | "clock" | "jobs" | "logger">): InboundMailHandler {
  // RCPT TO and DATA both ask; the answer is kept briefly, so a new mailbox works within seconds.
  const known = new Map<string, { mailbox: string | null; until: number }>();
  return {
    async mailboxFor(recipient) {
      const key = recipient.trim().toLowerCase();
      const now = Date.now();
      const hit = known.get(key);
      if (hit && hit.until > now) return hit.mailbox;
      const mailbox = await supportMailboxFor(ctx, key);
      if (known.size > 1000) known.clear();
      known.set(key, { mailbox, until: now + MAILBOX_CACHE_MS });
      return mailbox;
    },
    async deliver({ raw, mailboxes, envelopeFrom }) {
      // One stored copy per mail: a mail to two support addresses is one ticket, in the first one's queue.
      const [mailbox] = mailboxes;
      if (!mailbox) return;
      const received = await receiveInboundMail(ctx, { raw, mailbox, envelopeFrom });
      ctx.logger.info({ inboundMailId: received.inboundMailId, duplicate: received.duplicate, mailbox }, "support mail received");
    },
  };
}

export async function processInboundMailJob(ctx: JobContext, inboundMailId: string): Promise<InboundOutcome> {
  const outcome = await processInboundMail(ctx, inboundMailId);
  ctx.logger.info({ inboundMailId, outcome: outcome.status }, "support mail processed");
  return outcome;
}

/** Mails stored but not processed a minute later (the enqueue was lost): processed here. */
export async function sweepInboundMailJob(ctx: JobContext): Promise<number> {
  const ids = await unprocessedInboundMails(ctx.db, new Date(ctx.clock().getTime() - 60_000));
  for (const id of ids) await processInboundMail(ctx, id);
  return ids.length;
}
