import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidContactEmail, isValidContactPhone, isValidWebsite, dialablePhone } from "./third-parties-contact";
import { findKeyword, suggestThirdParties, triageWords, wordMatches, type TriageParty } from "./third-parties-triage";

// The demo directory (seed-support.ts), as the triage sees it.
const PAGERO: TriageParty = {
  id: "pagero",
  name: "Pagero Oy (verkkolaskuoperaattori)",
  kind: "einvoice_operator",
  active: true,
  topics: [
    {
      id: "pagero-sales",
      keywords: [
        "verkkolasku",
        "e-lasku",
        "finvoice",
        "ei mennyt perille",
        "ei ole tullut",
        "einvoice",
        "e-invoice",
        "not received",
      ],
      category: "invoices",
    },
    {
      id: "pagero-purchase",
      keywords: ["ostolasku", "skannaus", "purchase invoice", "operaattori", "operator"],
      category: "invoices",
    },
  ],
};
const NORDEA: TriageParty = {
  id: "nordea",
  name: "Nordea Pankki Suomi Oyj",
  kind: "bank",
  active: true,
  topics: [
    { id: "nordea-statement", keywords: ["tiliote", "tilisiirto", "pankki", "bank statement", "transfer"], category: "invoices" },
  ],
};
const POSTI: TriageParty = {
  id: "posti",
  name: "Tulostuspalvelu Posti Messaging",
  kind: "print_service",
  active: true,
  topics: [{ id: "posti-paper", keywords: ["paperilasku", "kirje", "posti", "paper invoice", "letter"], category: "invoices" }],
};
const DIRECTORY = [PAGERO, NORDEA, POSTI];

const suggest = (text: string, extra: Partial<Parameters<typeof suggestThirdParties>[0]> = {}) =>
  suggestThirdParties({ text, category: null, invoices: [], parties: DIRECTORY, ...extra });

describe("triage from the request's words", () => {
  it("an e-invoice that did not reach the customer belongs to the operator, with the words that said so", () => {
    const [top, ...rest] = suggest("Lasku ei ole mennyt perille verkkolaskuna", { category: "invoices" });
    expect(top?.thirdPartyId).toBe("pagero");
    expect(top?.topicId).toBe("pagero-sales");
    expect(top?.reasons).toEqual([
      { kind: "keyword", topicId: "pagero-sales", keyword: "verkkolasku", matched: "verkkolaskuna" },
      { kind: "keyword", topicId: "pagero-sales", keyword: "ei mennyt perille", matched: "ei ole mennyt perille" },
      { kind: "category", topicId: "pagero-sales", category: "invoices" },
    ]);
    expect(rest).toEqual([]);
  });

  it("knows inflected and compound forms: verkkolaskun, operaattorille, Pagerolle, tiliotteella, pankin", () => {
    expect(suggest("Missä verkkolaskun kuittaus on?")[0]?.thirdPartyId).toBe("pagero");
    expect(suggest("Toimittaja lähetti laskun operaattorille")[0]?.thirdPartyId).toBe("pagero");
    expect(suggest("Soitin jo Pagerolle")[0]?.reasons).toEqual([{ kind: "name", matched: "pagerolle" }]);
    expect(suggest("Maksu ei näy tiliotteella")[0]?.thirdPartyId).toBe("nordea");
    expect(suggest("Pankin mukaan maksu lähti")[0]?.thirdPartyId).toBe("nordea");
    expect(suggest("verkkolaskuoperaattorille lähti eilen")[0]?.thirdPartyId).toBe("pagero");
  });

  it("suggests nobody for a question no third party owns, and never an inactive one", () => {
    expect(suggest("En pääse kirjautumaan sisään, salasana ei kelpaa")).toEqual([]);
    expect(
      suggestThirdParties({ text: "verkkolasku", category: null, invoices: [], parties: [{ ...PAGERO, active: false }] }),
    ).toEqual([]);
  });

  it("short words match only whole: 'ei' is not 'eilen'", () => {
    expect(findKeyword("ei mennyt perille", triageWords("eilen mennyt perille"))).toBeNull();
    expect(wordMatches("pankki", "pankkiyhteys")).toBe(true);
    expect(wordMatches("posti", "postitse")).toBe(true);
  });
});

describe("triage from linked records", () => {
  it("an e-invoice whose dispatch failed goes to the operator even without a single keyword", () => {
    const [top] = suggest("Asiakas kysyy laskusta 1001021", {
      invoices: [{ invoiceNumber: "1001021", deliveryMethod: "einvoice", dispatchStatus: "failed" }],
    });
    expect(top).toMatchObject({ thirdPartyId: "pagero", topicId: null });
    expect(top?.reasons).toEqual([
      { kind: "invoice_delivery", invoiceNumber: "1001021", deliveryMethod: "einvoice", dispatchStatus: "failed" },
    ]);
  });

  it("a paper invoice goes to the print service, and outweighs a passing mention of the bank", () => {
    const ranked = suggest("Asiakas sanoo, ettei pankki ole saanut mitään", {
      invoices: [{ invoiceNumber: "1001022", deliveryMethod: "post", dispatchStatus: "failed" }],
    });
    expect(ranked.map((s) => s.thirdPartyId)).toEqual(["posti", "nordea"]);
  });

  it("an e-mailed invoice is our own delivery: no third party", () => {
    expect(
      suggest("Lasku 1001023", { invoices: [{ invoiceNumber: "1001023", deliveryMethod: "email", dispatchStatus: "failed" }] }),
    ).toEqual([]);
  });
});

describe("triage properties", () => {
  const text = fc
    .array(
      fc.constantFrom(
        ...triageWords("lasku ei ole mennyt perille verkkolaskuna pankki tiliote kirje asiakas maksoi eilen posti operaattori x"),
      ),
      {
        maxLength: 12,
      },
    )
    .map((w) => w.join(" "));
  const invoice = fc.record({
    invoiceNumber: fc.constantFrom("1001021", "1001022"),
    deliveryMethod: fc.constantFrom("post" as const, "email" as const, "einvoice" as const),
    dispatchStatus: fc.constantFrom("queued" as const, "sent" as const, "failed" as const, "uncertain" as const, null),
  });

  it("ranks best first, every suggestion with a reason and a positive score, each party once", () => {
    fc.assert(
      fc.property(text, fc.array(invoice, { maxLength: 3 }), (t, invoices) => {
        const ranked = suggest(t, { invoices });
        const scores = ranked.map((s) => s.score);
        expect(scores).toEqual([...scores].sort((x, y) => y - x));
        for (const s of ranked) {
          expect(s.score).toBeGreaterThan(0);
          expect(s.reasons.length).toBeGreaterThan(0);
        }
        expect(new Set(ranked.map((s) => s.thirdPartyId)).size).toBe(ranked.length);
      }),
    );
  });

  it("more words never lower a party's score, and the directory's order does not matter", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const before = new Map(suggest(a).map((s) => [s.thirdPartyId, s.score]));
        const after = new Map(suggest(`${a} ${b}`).map((s) => [s.thirdPartyId, s.score]));
        for (const [id, score] of before) expect(after.get(id) ?? 0).toBeGreaterThanOrEqual(score);
        const reversed = suggestThirdParties({ text: a, category: null, invoices: [], parties: [...DIRECTORY].reverse() });
        expect(reversed).toEqual(suggest(a));
      }),
    );
  });

  it("any Finnish case ending on a keyword still finds its party", () => {
    const endings = ["", "n", "na", "a", "lle", "lla", "sta", "ssa", "t", "ja", "jen", "ksi", "ineen"];
    fc.assert(
      fc.property(
        fc.constantFrom("verkkolasku", "operaattori", "paperilasku", "tilisiirto"),
        fc.constantFrom(...endings),
        (word, ending) => {
          const owner = { verkkolasku: "pagero", operaattori: "pagero", paperilasku: "posti", tilisiirto: "nordea" }[word];
          expect(suggest(`Kysymys: ${word}${ending} ?`)[0]?.thirdPartyId).toBe(owner);
        },
      ),
    );
  });
});

describe("a third party's contact", () => {
  it("phones as people write them", () => {
    expect(isValidContactPhone("+358 20 743 5100")).toBe(true);
    expect(isValidContactPhone("09-123 4567")).toBe(true);
    expect(isValidContactPhone("+358200 3000")).toBe(true);
    expect(isValidContactPhone("soita meille")).toBe(false);
    expect(isValidContactPhone("123")).toBe(false);
    expect(dialablePhone("+358 20 743 5100")).toBe("+358207435100");
  });
  it("e-mail and web addresses", () => {
    expect(isValidContactEmail("support.fi@pagero.com")).toBe(true);
    expect(isValidContactEmail("pagero.com")).toBe(false);
    expect(isValidContactEmail("tuki @pagero.com")).toBe(false);
    expect(isValidWebsite("https://www.pagero.com")).toBe(true);
    expect(isValidWebsite("javascript:alert(1)")).toBe(false);
    expect(isValidWebsite("www.pagero.com")).toBe(false);
  });
  it("every dialable number has 6–15 digits", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        if (isValidContactPhone(s)) expect(dialablePhone(s).replace("+", "")).toMatch(/^\d{6,15}$/);
      }),
    );
  });
});
