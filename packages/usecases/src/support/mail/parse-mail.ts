import { createHash } from "node:crypto";
import { simpleParser, type AddressObject } from "mailparser";

/**
 * The few header fields needed before a mail is stored (its key, sender, subject), read from the
 * raw header block without decoding the MIME body, so even a malformed mail is stored first.
 */
export function readHeaderBlock(raw: Uint8Array): { messageId: string | null; from: string | null; subject: string | null } {
  const head = Buffer.from(raw.subarray(0, Math.min(raw.length, 256 * 1024))).toString("latin1");
  const end = head.search(/\r?\n\r?\n/);
  const block = (end === -1 ? head : head.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const field = (name: string) => {
    const m = new RegExp(`^${name}:[ \\t]*(.*)$`, "im").exec(block);
    return m?.[1]?.trim() || null;
  };
  const messageId = /<[^<>\s]+>/.exec(field("message-id") ?? "")?.[0] ?? null;
  const fromField = field("from");
  const from = fromField
    ? (/<([^<>\s]+@[^<>\s]+)>/.exec(fromField)?.[1] ?? /[^\s<>"]+@[^\s<>"]+/.exec(fromField)?.[0] ?? null)
    : null;
  return { messageId, from: from?.toLowerCase() ?? null, subject: field("subject")?.slice(0, 500) ?? null };
}

/** The Message-ID, or a digest of the bytes when the mail has none: the same mail twice is one key. */
export function inboundMessageKey(raw: Uint8Array): string {
  return readHeaderBlock(raw).messageId ?? `sha256:${createHash("sha256").update(raw).digest("hex")}`;
}

export type ParsedMail = {
  messageId: string | null;
  from: string | null;
  fromName: string | null;
  to: string[];
  subject: string;
  text: string;
  date: Date | null;
  inReplyTo: string[];
  references: string[];
  /** Lower-case names; a repeated field's values joined with ", ". */
  headers: Record<string, string>;
  /** Header lines as received, for an agent looking at a quarantined mail. */
  headerLines: { name: string; value: string }[];
  attachments: { fileName: string; bytes: Uint8Array; declaredType: string }[];
};

function addresses(field: AddressObject | AddressObject[] | undefined): { address: string; name: string }[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((o) =>
    o.value
      .flatMap((a) => [a, ...(a.group ?? [])])
      .flatMap((a) => (a.address ? [{ address: a.address.toLowerCase(), name: a.name }] : [])),
  );
}

const messageIds = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value.join(" ") : (value ?? "")).match(/<[^<>\s]+>/g) ?? [];

/** Looks like "Name: value" — the first line of any real mail. */
const FIRST_HEADER = /^[\x21-\x39\x3b-\x7e]+:/;

/**
 * Parses a stored mail with mailparser. `malformed` when it is not a mail at all (no header block)
 * or its MIME structure is broken (a multipart without its boundary).
 */
export async function parseMail(raw: Uint8Array): Promise<{ ok: true; mail: ParsedMail } | { ok: false; reason: "malformed" }> {
  const bytes = Buffer.from(raw);
  if (!FIRST_HEADER.test(bytes.subarray(0, 200).toString("latin1"))) return { ok: false, reason: "malformed" };
  let parsed;
  try {
    parsed = await simpleParser(bytes, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const headerLines = parsed.headerLines.map((h) => {
    const colon = h.line.indexOf(":");
    return {
      name: h.line.slice(0, colon).trim(),
      value: h.line
        .slice(colon + 1)
        .replace(/\r?\n[ \t]+/g, " ")
        .trim(),
    };
  });
  const headers: Record<string, string> = {};
  for (const h of headerLines) {
    const key = h.name.toLowerCase();
    headers[key] = headers[key] === undefined ? h.value : `${headers[key]}, ${h.value}`;
  }
  const contentType = parsed.headers.get("content-type") as { value?: string; params?: Record<string, string> } | undefined;
  if (contentType?.value?.toLowerCase().startsWith("multipart/")) {
    const boundary = contentType.params?.boundary;
    if (!boundary || !bytes.includes(`--${boundary}`)) return { ok: false, reason: "malformed" };
  }
  const from = addresses(parsed.from)[0] ?? null;
  return {
    ok: true,
    mail: {
      messageId: parsed.messageId ? (messageIds(parsed.messageId)[0] ?? null) : null,
      from: from?.address ?? null,
      fromName: from?.name ? from.name : null,
      to: [...addresses(parsed.to), ...addresses(parsed.cc)].map((a) => a.address),
      subject: (parsed.subject ?? "").trim(),
      text: (parsed.text ?? "").trim(),
      date: parsed.date ?? null,
      inReplyTo: messageIds(parsed.inReplyTo),
      references: messageIds(parsed.references),
      headers,
      headerLines,
      attachments: parsed.attachments
        .filter((a) => a.contentDisposition !== "inline" || a.filename)
        .map((a) => ({ fileName: a.filename ?? "liite", bytes: new Uint8Array(a.content), declaredType: a.contentType })),
    },
  };
}
