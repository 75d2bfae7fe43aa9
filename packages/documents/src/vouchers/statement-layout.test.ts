import { describe, expect, it } from "vitest";
import { overlappingTexts, readPdfLayout, type PlacedText } from "../testing/pdf-text";
import { renderCoPaymentStatementPdf, renderSettlementStatementPdf } from "./render-statements";
import type { SettlementStatementDocument } from "./statement-documents";

const describePair = ([a, b]: [PlacedText, PlacedText]) => `p${a.page}: "${a.text}" × "${b.text}"`;

/** A settlement with the long names, texts and amounts a real county and provider have. */
function settlement(language: "fi" | "en"): SettlementStatementDocument {
  return {
    language,
    organizerName: "Pirkanmaan hyvinvointialue, palvelusetelit ja ostopalvelut",
    providerName: "Kotipalvelu Virtanen ja Kumppanit Osakeyhtiö",
    providerBusinessId: "2345678-0",
    period: "2026-11",
    runDate: "2026-12-05",
    events: Array.from({ length: 60 }, (_, i) => ({
      date: `2026-11-${String((i % 28) + 1).padStart(2, "0")}`,
      voucherNumber: "PS-2026-000123456",
      clientName: i % 2 ? "Marja-Leena Kivimäki-Hämäläinen" : "Eeva Esimerkki",
      customerNumber: i % 3 ? null : "ASIAKAS-2026-001",
      content:
        i % 5 === 0
          ? "Säännöllinen kotihoitokäynti: aamutoimet, lääkkeiden jako, ateria ja kaupassakäynti asiakkaan kanssa"
          : `Kotihoitokäynti ${i + 1}`,
      voucherValueCents: 1_234_567,
    })),
    credits: [
      {
        eventDate: "2026-10-21",
        voucherNumber: "PS-2026-000123456",
        reasonCode: "EI_TOTEUTUNUT",
        explanation: "Asiakas perui käynnin, eikä sitä olisi pitänyt kirjata tilitettäväksi.",
        amountCents: -1_234_567,
      },
    ],
    approvedCents: 74_074_020,
    creditCents: 1_234_567,
    carriedInCents: 1_000_000,
    payableCents: 71_839_453,
    carriedOutCents: 0,
    paidOn: "2026-12-09",
  };
}

describe("voucher statement PDFs are laid out without overlapping text", () => {
  it.each(["fi", "en"] as const)("a long settlement statement (%s): no two texts cross", async (language) => {
    const items = await readPdfLayout(await renderSettlementStatementPdf(settlement(language)));
    expect(items.length).toBeGreaterThan(100);
    expect(overlappingTexts(items).map(describePair)).toEqual([]);
  });

  it("prints the period and dates in Finnish form, not as 2026-11", async () => {
    const items = await readPdfLayout(await renderSettlementStatementPdf(settlement("fi")));
    const texts = items.map((i) => i.text.replace(/\u00a0/g, " "));
    expect(texts).toContain("11/2026");
    expect(texts).toContain("5.12.2026");
    // No ISO date (2026-10-03) and no bare ISO month (2026-11) anywhere; voucher numbers may hold digits.
    expect(texts.filter((t) => /\b\d{4}-\d{2}-\d{2}\b|^\d{4}-\d{2}$/.test(t))).toEqual([]);
  });

  it("a co-payment statement with long names: no two texts cross", async () => {
    const pdf = await renderCoPaymentStatementPdf({
      language: "fi",
      providerName: "Kotipalvelu Virtanen ja Kumppanit Osakeyhtiö",
      clientName: "Marja-Leena Kivimäki-Hämäläinen",
      customerNumber: "ASIAKAS-2026-001",
      serviceName: "Säännöllinen kotihoito ja kotisairaanhoito",
      from: "2026-11-01",
      to: "2026-11-30",
      printedOn: "2026-12-03",
      rows: Array.from({ length: 30 }, (_, i) => ({
        date: "2026-11-03",
        state: i % 4 ? "approved" : "under_review",
        content: "Säännöllinen kotihoitokäynti: aamutoimet ja lääkkeiden jako",
        voucherNumber: "PS-2026-000123456",
        priceCents: 1_234_567,
        voucherValueCents: 1_000_000,
        coPaymentCents: 234_567,
      })),
      totals: { priceCents: 37_037_010, voucherValueCents: 30_000_000, coPaymentCents: 7_037_010 },
    });
    expect(overlappingTexts(await readPdfLayout(pdf)).map(describePair)).toEqual([]);
  });
});
