// Which inbound support mail may become a ticket, and what of a reply's text is new (issue 11,
// "Mailboxes"). Pure: the headers come in as plain name → value pairs, lower-case names.

/** Why a mail was kept aside for an agent instead of becoming a ticket; the web words each code. */
export const INBOUND_QUARANTINE_REASONS = [
  "no_sender",
  "auto_reply",
  "bounce",
  "mailing_list",
  "loop",
  "malformed",
  "processing_failed",
] as const;
export type InboundQuarantineReason = (typeof INBOUND_QUARANTINE_REASONS)[number];

export type ScreenedMail = {
  /** The From address, lower-case, or null when the mail names none. */
  from: string | null;
  /** Header names lower-case; a repeated header's values joined. */
  headers: Readonly<Record<string, string>>;
  /** Our own support addresses, lower-case: mail from them is a loop. */
  supportAddresses: readonly string[];
};

const BOUNCE_SENDERS = /^(?:mailer-daemon|postmaster|mail-daemon|bounces?)(?:[+@]|$)/i;
const AUTO_REPLY_HEADERS = [
  "x-autoreply",
  "x-autorespond",
  "x-auto-response-suppress-",
  "x-ms-exchange-generated-message-source",
];

/**
 * The reason a mail must not become a ticket, or null when it may. Order matters only for the
 * reason shown: a mail with no sender is "no_sender" whatever else it is.
 */
export function screenInboundMail(mail: ScreenedMail): InboundQuarantineReason | null {
  const h = mail.headers;
  if (!mail.from) return "no_sender";
  if (mail.supportAddresses.includes(mail.from)) return "loop";
  if (h["x-loop"] !== undefined && /reskontra/i.test(h["x-loop"])) return "loop";
  if (BOUNCE_SENDERS.test(mail.from)) return "bounce";
  const contentType = (h["content-type"] ?? "").toLowerCase();
  if (contentType.includes("multipart/report") && contentType.includes("delivery-status")) return "bounce";
  const autoSubmitted = (h["auto-submitted"] ?? "no").trim().toLowerCase();
  if (autoSubmitted !== "" && !autoSubmitted.startsWith("no")) return "auto_reply";
  if (AUTO_REPLY_HEADERS.some((name) => h[name] !== undefined)) return "auto_reply";
  const precedence = (h["precedence"] ?? "").trim().toLowerCase();
  if (precedence === "bulk" || precedence === "junk") return "auto_reply";
  if (precedence === "list" || h["list-id"] !== undefined || h["list-unsubscribe"] !== undefined) return "mailing_list";
  return null;
}

// The line a mail client puts above the quoted original: "On … wrote:", "… kirjoitti:", Outlook's
// "-----Original Message-----" / "Lähettäjä:" block.
const QUOTE_INTRO =
  /^(?:on\b.*\bwrote:|.*\bkirjoitti\b.*:|-{2,}\s*(?:original message|alkuperäinen viesti)\s*-{2,}|(?:from|lähettäjä):\s.+)$/i;

/**
 * The new part of a reply: everything above the quoted original. A text that is all quote is kept
 * whole, so nothing the customer wrote is ever dropped to an empty message.
 */
export function newPartOfReply(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (QUOTE_INTRO.test(trimmed) || trimmed.startsWith(">")) break;
    kept.push(line);
  }
  const result = kept.join("\n").trim();
  return result === "" ? text.trim() : result;
}
