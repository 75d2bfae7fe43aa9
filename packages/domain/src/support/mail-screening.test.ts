import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { newPartOfReply, screenInboundMail } from "./mail-screening";

const support = ["asiakaspalvelu@reskontra.fi", "info@reskontra.fi"];
const screen = (from: string | null, headers: Record<string, string> = {}) =>
  screenInboundMail({ from, headers, supportAddresses: support });

describe("which inbound mail may become a ticket", () => {
  it("lets an ordinary customer's mail through", () => {
    expect(screen("aino@asiakas.example", { subject: "Lasku", "auto-submitted": "no" })).toBeNull();
  });

  it("quarantines mail without a sender, loops, bounces, auto-replies and lists, each with its reason", () => {
    expect(screen(null)).toBe("no_sender");
    expect(screen("info@reskontra.fi")).toBe("loop");
    expect(screen("aino@asiakas.example", { "x-loop": "reskontra-support" })).toBe("loop");
    expect(screen("MAILER-DAEMON@mx.example")).toBe("bounce");
    expect(screen("postmaster@asiakas.example")).toBe("bounce");
    expect(screen("aino@asiakas.example", { "content-type": "multipart/report; report-type=delivery-status" })).toBe("bounce");
    expect(screen("aino@asiakas.example", { "auto-submitted": "auto-replied" })).toBe("auto_reply");
    expect(screen("aino@asiakas.example", { "x-autoreply": "yes" })).toBe("auto_reply");
    expect(screen("aino@asiakas.example", { precedence: "junk" })).toBe("auto_reply");
    expect(screen("aino@asiakas.example", { precedence: "list" })).toBe("mailing_list");
    expect(screen("aino@asiakas.example", { "list-id": "<uutiset.asiakas.example>" })).toBe("mailing_list");
  });

  it("any Auto-Submitted value other than 'no' is quarantined, whatever else the mail says", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z-]{0,15}$/).filter((v) => !v.startsWith("no")),
        fc.emailAddress(),
        (value, from) => {
          const reason = screen(from.toLowerCase(), { "auto-submitted": value });
          expect(reason).not.toBeNull();
        },
      ),
    );
  });
});

describe("the new part of a reply", () => {
  it("drops the quoted original below the client's intro line, Finnish or English", () => {
    expect(newPartOfReply("Kiitos, toimii.\n\nma 23.11.2026 klo 10.00 Reskontra kirjoitti:\n> Kokeile uudelleen.")).toBe(
      "Kiitos, toimii.",
    );
    expect(newPartOfReply("Thanks!\r\n\r\nOn Mon, 23 Nov 2026 at 10:00, Reskontra wrote:\r\n> Try again.")).toBe("Thanks!");
    expect(newPartOfReply("Ok\n-----Original Message-----\nFrom: x")).toBe("Ok");
  });

  it("never loses what the customer wrote: an all-quote text is kept whole, and the result is always a prefix of it", () => {
    expect(newPartOfReply("> vain lainausta")).toBe("> vain lainausta");
    fc.assert(
      fc.property(fc.string(), (text) => {
        const part = newPartOfReply(text);
        const normalised = text.replace(/\r\n?/g, "\n");
        expect(normalised.trim().startsWith(part) || part === text.trim()).toBe(true);
        if (text.trim() !== "") expect(part).not.toBe("");
      }),
    );
  });
});
