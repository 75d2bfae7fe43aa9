import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractTicketIdentifiers } from "./tickets-identifiers";

const kinds = (text: string) => extractTicketIdentifiers(text).map((f) => [f.kind, f.value]);

describe("extractTicketIdentifiers", () => {
  it("finds voucher numbers beside the shared kinds, in order of appearance", () => {
    expect(kinds("Palveluseteli PS-2026-0002 ja lasku 10010257 eivät täsmää.")).toEqual([
      ["voucher_number", "PS-2026-0002"],
      ["invoice_number", "10010257"],
    ]);
  });
  it("reads a voucher code after its word even in another shape, upper-cased", () => {
    expect(kinds("setelinumero ab-77x-12 on väärä")).toEqual([["voucher_number", "AB-77X-12"]]);
    expect(kinds("voucher no. ps-2026-0001")).toEqual([["voucher_number", "PS-2026-0001"]]);
  });
  it("does not read the digits of a voucher number again as another number", () => {
    expect(kinds("Lasku PS-2026-0001")).toEqual([["voucher_number", "PS-2026-0001"]]);
  });
  it("points at the text it found", () => {
    const text = "Asiakkaan seteli PS-2026-0003 loppui";
    const [found] = extractTicketIdentifiers(text);
    expect(found && text.slice(found.start, found.end)).toBe("PS-2026-0003");
  });
  it("never overlaps two findings and every finding is the text at its offsets", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("lasku", "PS-2026-0001", "10010257", "seteli", " ", "viite", "RF332348236", "x-1"), {
          maxLength: 12,
        }),
        (parts) => {
          const text = parts.join(" ");
          const found = extractTicketIdentifiers(text);
          found.slice(1).forEach((f, i) => expect(f.start).toBeGreaterThanOrEqual(found[i]?.end ?? 0));
          for (const f of found) expect(text.slice(f.start, f.end).replace(/ /g, "").toUpperCase().endsWith(f.value)).toBe(true);
        },
      ),
    );
  });
});
