import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mod97 } from "./mod97";
import { createReference } from "./reference";
import { toRfReference } from "./rf-reference";
import { parseVirtualBarcode, virtualBarcode, virtualBarcodeIfItFits } from "./virtual-barcode";

// The example invoices of Finance Finland's "Pankkiviivakoodi-opas" v5.3
// (https://www.finanssiala.fi/wp-content/uploads/2021/03/Pankkiviivakoodi-opas.pdf),
// as transcribed in github:lajp/bank-barcode@610eeebd45b4cb0abfbfe8ac8ef95df89ea8f932:src/tests.rs
const GUIDE = "Pankkiviivakoodi-opas v5.3 via github:lajp/bank-barcode@610eeeb src/tests.rs";
const examples: [string, string, number, string, string | null, string][] = [
  [
    "v4 Lasku 1",
    "FI79 4405 2020 0360 82",
    488315,
    "86851 62596 19897",
    "2010-06-12",
    "479440520200360820048831500000000868516259619897100612",
  ],
  [
    "v4 Lasku 2",
    "FI58 1017 1000 0001 22",
    48299,
    "55958 22432 94671",
    "2012-01-31",
    "458101710000001220004829900000000559582243294671120131",
  ],
  [
    "v4 Lasku 3",
    "FI02 5000 4640 0013 02",
    69380,
    "69 87567 20834 35364",
    "2011-07-24",
    "402500046400013020006938000000069875672083435364110724",
  ],
  [
    "v4 Lasku 4",
    "FI15 6601 0001 5306 41",
    744454,
    "7 75847 47906 47489",
    "2019-12-19",
    "415660100015306410074445400000007758474790647489191219",
  ],
  [
    "v4 Lasku 5",
    "FI16 8000 1400 0502 67",
    93585,
    "78 77767 96566 28687",
    null,
    "416800014000502670009358500000078777679656628687000000",
  ],
  ["v4 Lasku 6", "FI73 3131 3001 0000 58", 0, "8 68624", "2013-08-09", "473313130010000580000000000000000000000000868624130809"],
  [
    "v4 Lasku 7",
    "FI83 3301 0001 1007 75",
    15000020,
    "92125 37425 25398 97737",
    "2016-05-25",
    "483330100011007751500002000092125374252539897737160525",
  ],
  [
    "v4 Lasku 8",
    "FI39 3636 3002 0924 92",
    103,
    "5907 38390",
    "2023-03-11",
    "439363630020924920000010300000000000000590738390230311",
  ],
  ["v4 Lasku 9", "FI92 3939 0001 0033 91", 2, "13 57914", "2099-12-24", "492393900010033910000000200000000000000001357914991224"],
  [
    "v5 Lasku 1",
    "FI79 4405 2020 0360 82",
    488315,
    "RF09 8685 1625 9619 897",
    "2010-06-12",
    "579440520200360820048831509000000868516259619897100612",
  ],
  [
    "v5 Lasku 2",
    "FI58 1017 1000 0001 22",
    48299,
    "RF06 5595 8224 3294 671",
    "2010-01-31",
    "558101710000001220004829906000000559582243294671100131",
  ],
  [
    "v5 Lasku 3",
    "FI02 5000 4640 0013 02",
    69380,
    "RF61 6987 5672 0839",
    "2011-07-24",
    "502500046400013020006938061000000000698756720839110724",
  ],
  [
    "v5 Lasku 4",
    "FI15 6601 0001 5306 41",
    744454,
    "RF84 7758 4747 9064 7489",
    "2019-12-19",
    "515660100015306410074445484000007758474790647489191219",
  ],
  [
    "v5 Lasku 5",
    "FI16 8000 1400 0502 67",
    93585,
    "RF60 7877 7679 6566 2868 7",
    null,
    "516800014000502670009358560000078777679656628687000000",
  ],
  [
    "v5 Lasku 6",
    "FI73 3131 3001 0000 58",
    0,
    "RF10 8686 24",
    "2013-08-09",
    "573313130010000580000000010000000000000000868624130809",
  ],
  [
    "v5 Lasku 7",
    "FI83 3301 0001 1007 75",
    15000020,
    "RF71 9212 5374 2525 3989 7737",
    "2016-05-25",
    "583330100011007751500002071092125374252539897737160525",
  ],
  [
    "v5 Lasku 8",
    "FI39 3636 3002 0924 92",
    103,
    "RF66 5907 3839 0",
    "2023-03-11",
    "539363630020924920000010366000000000000590738390230311",
  ],
  [
    "v5 Lasku 9",
    "FI92 3939 0001 0033 91",
    2,
    "RF95 1357 914",
    "2099-12-24",
    "592393900010033910000000295000000000000001357914991224",
  ],
];

describe(`virtual barcode: guide example invoices [${GUIDE}]`, () => {
  it.each(examples)("%s", (_name, iban, amountCents, reference, dueDate, expected) => {
    expect(virtualBarcode({ iban, amountCents, reference, dueDate })).toBe(expected);
    const parsed = parseVirtualBarcode(expected);
    expect(parsed.iban).toBe(iban.replace(/ /g, ""));
    expect(parsed.amountCents).toBe(amountCents);
    expect(parsed.reference).toBe(reference.replace(/ /g, ""));
    expect(parsed.dueDate).toBe(dueDate);
    expect(parsed.version).toBe(Number(expected[0]));
  });
});

describe("virtual barcode refusals", () => {
  const ok = { iban: "FI79 4405 2020 0360 82", amountCents: 100, reference: "1234561", dueDate: "2026-05-01" };
  it.each([
    ["non-Finnish IBAN", { ...ok, iban: "DE33100205000001194700" }, "IBAN_INVALID"],
    ["bad IBAN check digits", { ...ok, iban: "FI78 4405 2020 0360 82" }, "IBAN_INVALID"],
    ["negative amount", { ...ok, amountCents: -1 }, "AMOUNT_NEGATIVE"],
    ["fractional amount", { ...ok, amountCents: 1.5 }, "AMOUNT_INVALID"],
    ["amount over 999 999,99", { ...ok, amountCents: 100_000_000 }, "BARCODE_AMOUNT_TOO_LARGE"],
    ["invalid reference", { ...ok, reference: "1234562" }, "REFERENCE_INVALID"],
    ["invalid RF", { ...ok, reference: "RF09 2348 236" }, "RF_REFERENCE_INVALID"],
    ["invalid date", { ...ok, dueDate: "2026-02-30" }, "DATE_INVALID"],
    ["date outside 2000–2099", { ...ok, dueDate: "2100-01-01" }, "BARCODE_DUE_DATE_OUT_OF_RANGE"],
  ])("refuses %s", (_n, input, code) => {
    expect(() => virtualBarcode(input)).toThrow(expect.objectContaining({ code }));
  });
  it.each([
    ["too short", "47944052020036082004883150000000086851625961989710061"],
    ["letters", "47944052020036082004883150000000086851625961989710061X"],
    ["version 3", "379440520200360820048831500000000868516259619897100612"],
    ["version 6", "679440520200360820048831500000000868516259619897100612"],
    ["bad date", "479440520200360820048831500000000868516259619897101332"],
    ["bad reference", "479440520200360820048831500000000868516259619898100612"],
  ])("parse refuses %s", (_n, code) => {
    expect(() => parseVirtualBarcode(code)).toThrow(expect.objectContaining({ code: "BARCODE_MALFORMED" }));
  });

  const finnishIban = fc.stringMatching(/^\d{14}$/).map((bban) => {
    const check = 98 - mod97(`${bban}FI00`);
    return `FI${String(check).padStart(2, "0")}${bban}`;
  });
  const date = fc
    .record({ y: fc.integer({ min: 2000, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
  it("property: parseVirtualBarcode(virtualBarcode(x)) returns x (versions 4 and 5)", () => {
    fc.assert(
      fc.property(
        finnishIban,
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.stringMatching(/^[1-9]\d{2,18}$/),
        fc.boolean(),
        fc.option(date, { nil: null }),
        (iban, amountCents, base, rf, dueDate) => {
          const national = createReference(base);
          const reference = rf ? toRfReference(national) : national;
          const x = { iban, amountCents, reference, dueDate };
          expect(parseVirtualBarcode(virtualBarcode(x))).toEqual({ version: rf ? 5 : 4, ...x });
        },
      ),
    );
  });
});

// Pankkiviivakoodi-opas v5.3 (Finance Finland), versions 4 and 5: the amount is six euro digits and two cent digits.
describe("an invoice of a million euros or more", () => {
  const invoice = { iban: "FI79 4405 2020 0360 82", reference: "1234561", dueDate: "2026-05-01" };

  it("999 999,99 € still gets its barcode; 1 000 000,00 € goes out without one instead of failing", () => {
    const largest = virtualBarcodeIfItFits({ ...invoice, amountCents: 99_999_999 });
    expect(largest && parseVirtualBarcode(largest).amountCents).toBe(99_999_999);
    expect(virtualBarcodeIfItFits({ ...invoice, amountCents: 100_000_000 })).toBeNull();
  });

  it("property: below the limit the same barcode as always, above it none; bad input is still refused", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (amountCents) => {
        const code = virtualBarcodeIfItFits({ ...invoice, amountCents });
        expect(code).toBe(amountCents <= 99_999_999 ? virtualBarcode({ ...invoice, amountCents }) : null);
      }),
    );
    expect(() => virtualBarcodeIfItFits({ ...invoice, amountCents: -1 })).toThrow(
      expect.objectContaining({ code: "AMOUNT_NEGATIVE" }),
    );
  });
});
