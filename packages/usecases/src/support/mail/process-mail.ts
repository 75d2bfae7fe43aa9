import {
  type DbOrTx,
  memberships,
  supportInboundMails,
  supportLines,
  supportMailboxes,
  supportTicketMessages,
  supportTickets,
  users,
  writeAudit,
} from "@reskontra/db";
import { type InboundQuarantineReason, maskIdentityCodes, newPartOfReply, screenInboundMail } from "@reskontra/domain";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { UseCaseDeps } from "../../deps";
import { addTicketMessage } from "../add-message";
import { checkAttachment, MAX_ATTACHMENTS_PER_MESSAGE, type NewAttachment } from "../attachments";
import { createTicket } from "../create-ticket";
import { ticketNumberInSubject } from "../mail-texts";
import { type ParsedMail, parseMail } from "./parse-mail";

type InboundRow = typeof supportInboundMails.$inferSelect;

export type InboundOutcome =
  | { status: "ticketed"; ticketId: string; ticketNumber: number; created: boolean; mailIds: string[] }
  | { status: "quarantined"; reason: InboundQuarantineReason }
  | { status: "skipped" };

/** Longest text kept from one mail; the raw mail keeps the rest. */
const MAX_TEXT_CHARS = 50_000;
const EMPTY_TEXT = "(tyhjä viesti)";
const NO_SUBJECT = "(ei aihetta)";

/**
 * The job's work: a stored mail becomes a new ticket, a message on the ticket it answers, or is
 * quarantined with a reason. Idempotent (only a mail still "received" is looked at) and never
 * throws a mail away: whatever goes wrong while ticketing quarantines it as "processing_failed".
 */
export async function processInboundMail(
  deps: Pick<UseCaseDeps, "db" | "clock" | "logger">,
  inboundMailId: string,
): Promise<InboundOutcome> {
  try {
    return await deps.db.transaction(async (tx) => {
      const [row] = await tx.select().from(supportInboundMails).where(eq(supportInboundMails.id, inboundMailId)).for("update");
      if (!row || row.status !== "received") return { status: "skipped" } as const;
      const now = deps.clock();
      const parsed = await parseMail(row.raw);
      if (!parsed.ok) return quarantine(tx, row, parsed.reason, now);
      const mail = parsed.mail;
      await tx
        .update(supportInboundMails)
        .set({ fromAddress: mail.from ?? row.fromAddress, subject: maskIdentityCodes(mail.subject).slice(0, 500) })
        .where(eq(supportInboundMails.id, row.id));
      const supportAddresses = (await tx.select({ address: supportMailboxes.address }).from(supportMailboxes)).map((m) =>
        m.address.toLowerCase(),
      );
      const reason = screenInboundMail({ from: mail.from, headers: mail.headers, supportAddresses });
      if (reason) return quarantine(tx, row, reason, now);
      return ticketMail(tx, row, mail, { actorUserId: null, now });
    });
  } catch (err) {
    deps.logger.error({ err, inboundMailId }, "inbound mail could not be ticketed; quarantined");
    const moved = await deps.db
      .update(supportInboundMails)
      .set({ status: "quarantined", reason: "processing_failed", processedAt: deps.clock() })
      .where(and(eq(supportInboundMails.id, inboundMailId), eq(supportInboundMails.status, "received")))
      .returning({ id: supportInboundMails.id });
    return moved.length > 0 ? { status: "quarantined", reason: "processing_failed" } : { status: "skipped" };
  }
}

/**
 * An agent lets a quarantined mail through: it becomes a new ticket, or a message on the ticket
 * the agent names. A mail that cannot be parsed is ticketed as its raw text.
 */
export async function releaseInboundMail(
  tx: DbOrTx,
  input: { inboundMailId: string; actorUserId: string; ticketId?: string | null; now: Date; requestId?: string | null },
): Promise<InboundOutcome> {
  const [row] = await tx.select().from(supportInboundMails).where(eq(supportInboundMails.id, input.inboundMailId)).for("update");
  if (!row || row.status !== "quarantined") return { status: "skipped" };
  const parsed = await parseMail(row.raw);
  const mail = parsed.ok ? parsed.mail : rawAsMail(row);
  const outcome = await ticketMail(tx, row, mail, {
    actorUserId: input.actorUserId,
    now: input.now,
    ticketId: input.ticketId ?? null,
  });
  await writeAudit(tx, {
    at: input.now,
    actorUserId: input.actorUserId,
    organizationId: null,
    action: "support.mail.released",
    entityType: "support_inbound_mail",
    entityId: row.id,
    before: { status: row.status, reason: row.reason },
    after: outcome.status === "ticketed" ? { ticketId: outcome.ticketId, created: outcome.created } : { status: outcome.status },
    requestId: input.requestId ?? null,
  });
  return outcome;
}

function rawAsMail(row: InboundRow): ParsedMail {
  return {
    messageId: row.messageKey.startsWith("<") ? row.messageKey : null,
    from: row.fromAddress,
    fromName: null,
    to: [row.mailboxAddress],
    subject: row.subject ?? "",
    text: Buffer.from(row.raw).toString("utf8").replace(/\0/g, ""),
    date: null,
    inReplyTo: [],
    references: [],
    headers: {},
    headerLines: [],
    attachments: [],
  };
}

async function quarantine(tx: DbOrTx, row: InboundRow, reason: InboundQuarantineReason, now: Date): Promise<InboundOutcome> {
  await tx
    .update(supportInboundMails)
    .set({ status: "quarantined", reason, processedAt: now })
    .where(eq(supportInboundMails.id, row.id));
  await writeAudit(tx, {
    at: now,
    actorUserId: null,
    organizationId: null,
    action: "support.mail.quarantined",
    entityType: "support_inbound_mail",
    entityId: row.id,
    after: { reason, mailbox: row.mailboxAddress },
  });
  return { status: "quarantined", reason };
}

/** Only what support accepts, at most the per-message count; the rest is named in the text. */
function acceptedAttachments(mail: ParsedMail): { files: NewAttachment[]; leftOut: string[] } {
  const files: NewAttachment[] = [];
  const leftOut: string[] = [];
  for (const a of mail.attachments) {
    const check = checkAttachment(a.bytes);
    if (check.ok && files.length < MAX_ATTACHMENTS_PER_MESSAGE)
      files.push({ fileName: a.fileName, bytes: a.bytes, contentType: check.contentType });
    else leftOut.push(a.fileName);
  }
  return { files, leftOut };
}

function bodyOf(text: string, leftOut: string[]): string {
  const cut = text.length > MAX_TEXT_CHARS ? `${text.slice(0, MAX_TEXT_CHARS)}\n[…]` : text;
  const note = leftOut.length > 0 ? `\n\n[Liitteitä jätettiin pois (tyyppi, koko tai määrä): ${leftOut.join(", ")}]` : "";
  const body = `${cut}${note}`.trim();
  return body === "" ? EMPTY_TEXT : body;
}

const REPLY_PREFIX = /^(?:\s*(?:re|vs|sv|aw|fw|fwd|vl|vs)\s*(?:\[\d+\])?\s*:\s*)+/i;

async function knownSender(tx: DbOrTx, from: string | null) {
  if (!from) return null;
  const [user] = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, from), isNull(users.disabledAt)));
  if (!user) return null;
  const own = await tx
    .select({ organizationId: memberships.organizationId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, user.id))
    .orderBy(asc(memberships.createdAt));
  // A requester files for the organization where they are a customer, not where they are staff.
  const organizationId = (own.find((m) => m.role !== "agent" && m.role !== "product") ?? own[0])?.organizationId ?? null;
  return { ...user, organizationId };
}

/** The ticket a mail answers: by Message-ID threading first, then by the [#number] tag from its requester. */
async function threadOf(tx: DbOrTx, mail: ParsedMail, sender: { id: string } | null): Promise<string | null> {
  const ids = [...mail.inReplyTo, ...mail.references];
  if (ids.length > 0) {
    const [hit] = await tx
      .select({ ticketId: supportTicketMessages.ticketId })
      .from(supportTicketMessages)
      .where(inArray(supportTicketMessages.mailMessageId, ids))
      .orderBy(desc(supportTicketMessages.createdAt))
      .limit(1);
    if (hit) return hit.ticketId;
  }
  const number = ticketNumberInSubject(mail.subject);
  if (number === null || !mail.from) return null;
  const [tagged] = await tx
    .select({
      id: supportTickets.id,
      requesterEmail: supportTickets.requesterEmail,
      requesterUserId: supportTickets.requesterUserId,
    })
    .from(supportTickets)
    .where(eq(supportTickets.number, number));
  // A tag alone is guessable: it threads only mail from the ticket's own requester.
  if (!tagged) return null;
  const sameRequester =
    tagged.requesterEmail?.toLowerCase() === mail.from || (sender !== null && tagged.requesterUserId === sender.id);
  return sameRequester ? tagged.id : null;
}

async function followMerges(tx: DbOrTx, ticketId: string): Promise<string> {
  let current = ticketId;
  for (let hop = 0; hop < 5; hop += 1) {
    const [t] = await tx
      .select({ into: supportTickets.mergedIntoTicketId })
      .from(supportTickets)
      .where(eq(supportTickets.id, current));
    if (!t?.into) return current;
    current = t.into;
  }
  return current;
}

async function ticketMail(
  tx: DbOrTx,
  row: InboundRow,
  mail: ParsedMail,
  opts: { actorUserId: string | null; now: Date; ticketId?: string | null },
): Promise<InboundOutcome> {
  const sender = await knownSender(tx, mail.from);
  const { files, leftOut } = acceptedAttachments(mail);
  // A Message-ID already on a message (the same mail released twice) must not collide.
  const messageId =
    mail.messageId &&
    (
      await tx
        .select({ id: supportTicketMessages.id })
        .from(supportTicketMessages)
        .where(eq(supportTicketMessages.mailMessageId, mail.messageId))
    ).length === 0
      ? mail.messageId
      : null;

  const found = opts.ticketId ?? (await threadOf(tx, mail, sender));
  if (found) {
    const ticketId = await followMerges(tx, found);
    const added = await addTicketMessage(tx, {
      ticketId,
      kind: "customer",
      authorUserId: sender?.id ?? null,
      authorEmail: mail.from,
      body: bodyOf(newPartOfReply(mail.text), leftOut),
      attachments: files,
      mailMessageId: messageId,
      now: opts.now,
    });
    if (!added.startsNewTicket) {
      const [t] = await tx.select({ number: supportTickets.number }).from(supportTickets).where(eq(supportTickets.id, ticketId));
      return ticketed(tx, row, { ticketId, ticketNumber: t?.number ?? 0, created: false, mailIds: added.mailIds }, opts.now);
    }
  }

  const [mailbox] = await tx
    .select({ lineId: supportMailboxes.lineId, category: supportLines.defaultCategory })
    .from(supportMailboxes)
    .innerJoin(supportLines, eq(supportLines.id, supportMailboxes.lineId))
    .where(eq(sql`lower(${supportMailboxes.address})`, row.mailboxAddress.toLowerCase()));
  const subject = mail.subject.replace(REPLY_PREFIX, "").trim().slice(0, 300);
  const created = await createTicket(tx, {
    organizationId: sender?.organizationId ?? null,
    requesterUserId: sender?.id ?? null,
    requesterEmail: mail.from,
    requesterName: sender?.name ?? mail.fromName,
    channel: "email",
    subject: subject === "" ? NO_SUBJECT : subject,
    description: bodyOf(mail.text, leftOut),
    category: mailbox?.category ?? "technical",
    ...(mailbox ? { lineId: mailbox.lineId } : {}),
    actorUserId: opts.actorUserId,
    mailMessageId: messageId,
    attachments: files,
    now: opts.now,
  });
  return ticketed(tx, row, { ticketId: created.id, ticketNumber: created.number, created: true, mailIds: [] }, opts.now);
}

async function ticketed(
  tx: DbOrTx,
  row: InboundRow,
  result: { ticketId: string; ticketNumber: number; created: boolean; mailIds: string[] },
  now: Date,
): Promise<InboundOutcome> {
  // The ticket now holds the text (masked) and the files; the stored copy keeps only the header
  // block, masked, so no identity code stays in clear in the mail store.
  await tx
    .update(supportInboundMails)
    .set({ status: "ticketed", ticketId: result.ticketId, processedAt: now, raw: headersOnly(row.raw) })
    .where(eq(supportInboundMails.id, row.id));
  return { status: "ticketed", ...result };
}

/** The mail's header block with identity codes masked, and a note where its body went. */
function headersOnly(raw: Uint8Array): Uint8Array {
  const text = Buffer.from(raw).toString("latin1");
  const end = text.search(/\r?\n\r?\n/);
  const head = end === -1 ? text.slice(0, 64 * 1024) : text.slice(0, end);
  return Buffer.from(`${maskIdentityCodes(head)}\r\n\r\n(Viestin sisältö on tukipyynnössä.)\r\n`, "latin1");
}
