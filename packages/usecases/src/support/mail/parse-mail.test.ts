import { describe, expect, it } from "vitest";
import { inboundMessageKey, parseMail, readHeaderBlock } from "./parse-mail";

const raw = (...lines: string[]) => Buffer.from(lines.join("\r\n"));

describe("reading an inbound mail", () => {
  it("keys a mail by its Message-ID, or by a digest of its bytes when it has none", () => {
    const withId = raw("From: a@b.example", "Message-ID:\r\n <abc@b.example>", "", "hei");
    expect(inboundMessageKey(withId)).toBe("<abc@b.example>");
    const without = raw("From: a@b.example", "", "hei");
    expect(inboundMessageKey(without)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(inboundMessageKey(Buffer.from(without))).toBe(inboundMessageKey(without));
    expect(inboundMessageKey(raw("From: a@b.example", "", "moi"))).not.toBe(inboundMessageKey(without));
  });

  it("reads the sender from a display-name From, lower-case, without decoding the body", () => {
    expect(readHeaderBlock(raw('From: "Äijälä, Aino" <Aino@Asiakas.Example>', "Subject: Lasku", "", "\u0000binary"))).toEqual({
      messageId: null,
      from: "aino@asiakas.example",
      subject: "Lasku",
    });
    expect(readHeaderBlock(raw("tämä ei ole sähköpostia")).from).toBeNull();
  });

  it("parses threading headers and attachments, and calls a broken multipart malformed", async () => {
    const parsed = await parseMail(
      raw(
        "From: Aino <aino@asiakas.example>",
        "Subject: =?UTF-8?Q?Re:_lasku_ei_l=C3=A4htenyt?=",
        "In-Reply-To: <mail-1@reskontra>",
        "References: <m0@asiakas.example>\r\n <mail-1@reskontra>",
        "",
        "Kiitos",
      ),
    );
    expect(parsed.ok && parsed.mail).toMatchObject({
      from: "aino@asiakas.example",
      fromName: "Aino",
      subject: "Re: lasku ei lähtenyt",
      inReplyTo: ["<mail-1@reskontra>"],
      references: ["<m0@asiakas.example>", "<mail-1@reskontra>"],
      text: "Kiitos",
    });
    expect(await parseMail(raw("From: a@b.example", 'Content-Type: multipart/mixed; boundary="zz"', "", "no parts"))).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(await parseMail(Buffer.from([0xff, 0xfe, 0x00, 0x01]))).toEqual({ ok: false, reason: "malformed" });
  });
});
