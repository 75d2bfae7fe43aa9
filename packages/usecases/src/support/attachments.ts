import { createHash } from "node:crypto";
import { type DbOrTx, supportAttachments } from "@reskontra/db";

/** What support accepts: screenshots, PDFs (a tax authority's letter), plain text. */
export const ATTACHMENT_TYPES = ["image/png", "image/jpeg", "application/pdf", "text/plain"] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_MESSAGE = 5;

/**
 * The type the bytes really are, by their first bytes; null for anything else. A name or a
 * declared type is never trusted: an HTML page named shot.png is not a PNG.
 */
export function sniffContentType(bytes: Uint8Array): AttachmentType | null {
  const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf";
  if (bytes.length > 0 && isPlainText(bytes)) return "text/plain";
  return null;
}

function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    // Markup is not plain text: a browser could be talked into rendering it.
    return !/<\s*(?:html|script|svg|iframe|body)\b/i.test(text);
  } catch {
    return false;
  }
}

export type AttachmentProblem = "ATTACHMENT_TYPE_NOT_ALLOWED" | "ATTACHMENT_TOO_LARGE" | "ATTACHMENT_EMPTY";

/** Why a file cannot be attached, or its real type. */
export function checkAttachment(
  bytes: Uint8Array,
): { ok: true; contentType: AttachmentType } | { ok: false; code: AttachmentProblem } {
  if (bytes.length === 0) return { ok: false, code: "ATTACHMENT_EMPTY" };
  if (bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, code: "ATTACHMENT_TOO_LARGE" };
  const contentType = sniffContentType(bytes);
  if (!contentType) return { ok: false, code: "ATTACHMENT_TYPE_NOT_ALLOWED" };
  return { ok: true, contentType };
}

export type NewAttachment = { fileName: string; bytes: Uint8Array; contentType: AttachmentType };

/** A file name safe to show and to put in a Content-Disposition header. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/]/g, "_")
    .replace(/\p{Cc}|["<>]/gu, "")
    .trim()
    .slice(0, 120);
  return cleaned === "" ? "liite" : cleaned;
}

export async function storeAttachments(
  tx: DbOrTx,
  owner: { ticketId?: string; messageId?: string; suggestionId?: string; uploadedBy: string | null; now: Date },
  files: readonly NewAttachment[],
): Promise<string[]> {
  if (files.length === 0) return [];
  const rows = await tx
    .insert(supportAttachments)
    .values(
      files.map((f) => ({
        ticketId: owner.ticketId ?? null,
        messageId: owner.messageId ?? null,
        suggestionId: owner.suggestionId ?? null,
        fileName: safeFileName(f.fileName),
        contentType: f.contentType,
        sizeBytes: f.bytes.length,
        sha256: createHash("sha256").update(f.bytes).digest("hex"),
        content: f.bytes,
        uploadedBy: owner.uploadedBy,
        createdAt: owner.now,
      })),
    )
    .returning({ id: supportAttachments.id });
  return rows.map((r) => r.id);
}
