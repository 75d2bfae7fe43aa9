import nodemailer from "nodemailer";
import MailComposer from "nodemailer/lib/mail-composer";

/** Thin wrapper over a nodemailer SMTP transport: the only mail-sending door in the worker. */

export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
  /**
   * A stable Message-ID (e.g. derived from the dispatch job) so a retried send is
   * recognisable downstream. Sending twice still delivers twice: deduplication
   * belongs to the caller's job state, not to SMTP.
   */
  messageId?: string;
  /** Where the reader's answer goes (a support mailbox). */
  replyTo?: string;
  /** Threading (RFC 5322 §3.6.4): the Message-ID answered, and the thread's Message-IDs. */
  inReplyTo?: string;
  references?: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

/** "abc@host" → "<abc@host>"; refuses line breaks, which would let a value inject headers. */
export function normalizeMessageId(messageId: string): string {
  if (/[\r\n]/.test(messageId)) throw new Error("Message-ID must not contain line breaks");
  const bare = messageId.trim().replace(/^<|>$/g, "");
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(bare)) throw new Error(`Message-ID must look like "local@domain", got "${messageId}"`);
  return `<${bare}>`;
}

/**
 * What the transport does unless the URL says otherwise. Pooled: a handful of SMTP connections are
 * kept open and reused, so a run of thousands of reminders does not open one SMTP exchange each.
 * Bounded waits: a stalled server must fail the send well inside the side-effect lease (2 min), so a
 * send still in flight is never mistaken for one that died. They ride in the URL's query because
 * nodemailer reads only the URL when it is given one (options beside `url` were silently dropped).
 */
export const SMTP_DEFAULTS = {
  pool: true,
  maxConnections: 4,
  maxMessages: 1000,
  connectionTimeout: 20_000,
  greetingTimeout: 20_000,
  socketTimeout: 60_000,
} as const;

/** The URL with SMTP_DEFAULTS added where its query does not set them. */
export function smtpUrlWithDefaults(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(SMTP_DEFAULTS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** `smtpUrl` as nodemailer understands it, e.g. "smtp://127.0.0.1:2525" or "smtps://user:pass@host:465?pool=false". */
export function createMailer(smtpUrl: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrlWithDefaults(smtpUrl));
  return {
    async send(mail) {
      // The message is built whole first and handed over as one piece: streamed, nodemailer writes
      // it to the socket a header or a base64 line at a time, and on this machine those writes were
      // most of a delivery's time in the worker (a system call each).
      const message = new MailComposer({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        attachments: (mail.attachments ?? []).map((a) => ({
          filename: a.filename,
          content: a.content,
          contentType: a.contentType,
        })),
        ...(mail.messageId === undefined ? {} : { messageId: normalizeMessageId(mail.messageId) }),
        ...(mail.replyTo === undefined ? {} : { replyTo: mail.replyTo }),
        ...(mail.inReplyTo === undefined ? {} : { inReplyTo: normalizeMessageId(mail.inReplyTo) }),
        ...(mail.references === undefined
          ? {}
          : { references: mail.references.split(/\s+/).filter(Boolean).map(normalizeMessageId).join(" ") }),
      }).compile();
      const raw = await message.build();
      const messageId = message.messageId();
      await transport.sendMail({ envelope: message.getEnvelope(), raw });
      return { messageId };
    },
    close() {
      transport.close();
    },
  };
}
