import { type Db, supportInboundMails, supportMailboxes } from "@reskontra/db";
import { supportProcessInboundMail, type JobQueue } from "@reskontra/jobs";
import { maskIdentityCodes } from "@reskontra/domain";
import { and, eq, lte, sql } from "drizzle-orm";
import type { UseCaseDeps } from "../../deps";
import { inboundMessageKey, readHeaderBlock } from "./parse-mail";

/** The support mailbox an envelope recipient names, lower-case, or null when it is none of ours. */
export async function supportMailboxFor(deps: Pick<UseCaseDeps, "db">, recipient: string): Promise<string | null> {
  const address = recipient.trim().toLowerCase();
  const [row] = await deps.db
    .select({ address: supportMailboxes.address })
    .from(supportMailboxes)
    .where(eq(sql`lower(${supportMailboxes.address})`, address));
  return row ? row.address.toLowerCase() : null;
}

export type ReceivedMail = { inboundMailId: string; duplicate: boolean };

/**
 * Stores a mail that reached a support address exactly as it came, before anything else looks at
 * it, then enqueues its processing. The same mail delivered twice (same Message-ID, or the same
 * bytes when it has none) is stored once and processed once.
 */
export async function receiveInboundMail(
  deps: Pick<UseCaseDeps, "db" | "clock"> & { jobs: JobQueue },
  input: { raw: Uint8Array; mailbox: string; envelopeFrom: string | null },
): Promise<ReceivedMail> {
  const head = readHeaderBlock(input.raw);
  const messageKey = inboundMessageKey(input.raw);
  const [stored] = await deps.db
    .insert(supportInboundMails)
    .values({
      messageKey,
      mailboxAddress: input.mailbox.toLowerCase(),
      fromAddress: head.from ?? (input.envelopeFrom ? input.envelopeFrom.toLowerCase() : null),
      subject: head.subject === null ? null : maskIdentityCodes(head.subject),
      sizeBytes: input.raw.length,
      raw: input.raw,
      receivedAt: deps.clock(),
    })
    .onConflictDoNothing({ target: supportInboundMails.messageKey })
    .returning({ id: supportInboundMails.id });
  if (!stored) {
    const [existing] = await deps.db
      .select({ id: supportInboundMails.id })
      .from(supportInboundMails)
      .where(eq(supportInboundMails.messageKey, messageKey));
    if (!existing) throw new Error(`inbound mail ${messageKey} vanished`);
    return { inboundMailId: existing.id, duplicate: true };
  }
  // Stored is safe: if enqueueing fails, the sweep finds the mail still "received".
  await deps.jobs.send(supportProcessInboundMail, { inboundMailId: stored.id }, { singletonKey: stored.id }).catch(() => null);
  return { inboundMailId: stored.id, duplicate: false };
}

/** Stored mails still waiting to be processed (for the sweep), oldest first. */
export async function unprocessedInboundMails(db: Db, olderThan: Date, limit = 200): Promise<string[]> {
  const rows = await db
    .select({ id: supportInboundMails.id })
    .from(supportInboundMails)
    .where(and(eq(supportInboundMails.status, "received"), lte(supportInboundMails.receivedAt, olderThan)))
    .orderBy(supportInboundMails.receivedAt)
    .limit(limit);
  return rows.map((r) => r.id);
}
