import { describe, expect, it } from "vitest";
import { checkAttachment, MAX_ATTACHMENT_BYTES, safeFileName, sniffContentType } from "./attachments";

const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (s: string) => new TextEncoder().encode(s);

describe("attachments are what their bytes are", () => {
  it("knows PNG, JPEG, PDF and plain text by their first bytes", () => {
    expect(sniffContentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("image/png");
    expect(sniffContentType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    expect(sniffContentType(text("%PDF-1.7\n"))).toBe("application/pdf");
    expect(sniffContentType(text("Verottajan selvityspyyntö 12.11.2026"))).toBe("text/plain");
  });

  it("refuses a web page named like a picture, binaries and empty files", () => {
    expect(checkAttachment(text("<html><script>alert(1)</script></html>"))).toEqual({
      ok: false,
      code: "ATTACHMENT_TYPE_NOT_ALLOWED",
    });
    expect(checkAttachment(bytes(0x4d, 0x5a, 0x90, 0x00))).toEqual({ ok: false, code: "ATTACHMENT_TYPE_NOT_ALLOWED" });
    expect(checkAttachment(new Uint8Array())).toEqual({ ok: false, code: "ATTACHMENT_EMPTY" });
    expect(checkAttachment(new Uint8Array(MAX_ATTACHMENT_BYTES + 1))).toEqual({ ok: false, code: "ATTACHMENT_TOO_LARGE" });
  });

  it("keeps file names printable and free of paths", () => {
    expect(safeFileName('../../etc/"passwd"\u0000.txt')).toBe(".._.._etc_passwd.txt");
    expect(safeFileName("  ")).toBe("liite");
  });
});
