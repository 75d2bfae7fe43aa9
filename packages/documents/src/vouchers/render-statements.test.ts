import { describe, expect, it } from "vitest";
import { readPdf } from "../testing/pdf-text";
import { renderCoPaymentStatementPdf, renderSettlementStatementPdf } from "./render-statements";

describe("voucher statement PDFs", () => {
  it("prints the netting of a settlement, continuing a long event list on further pages", async () => {
    const events = Array.from({ length: 80 }, (_, i) => ({
      date: "2026-05-12",
      voucherNumber: "PS-2026-0001",
      clientName: "Eeva Esimerkki",
      customerNumber: "V-1001",
      content: `Fysioterapiakäynti ${i + 1}`,
      voucherValueCents: 2000,
    }));
    const pdf = await renderSettlementStatementPdf({
      language: "fi",
      organizerName: "Pirkanmaan hyvinvointialue",
      providerName: "Kotipalvelu Virtanen",
      providerBusinessId: "2345678-0",
      period: "2026-05",
      runDate: "2026-06-05",
      events,
      credits: [
        {
          eventDate: "2026-04-21",
          voucherNumber: "PS-2026-0001",
          reasonCode: "EI_TOTEUTUNUT",
          explanation: "Peruttu",
          amountCents: -2000,
        },
      ],
      approvedCents: 160000,
      creditCents: 2000,
      carriedInCents: 0,
      payableCents: 158000,
      carriedOutCents: 0,
      paidOn: null,
    });
    const content = await readPdf(pdf);
    expect(content.pages.length).toBeGreaterThan(1);
    expect(content.text).toContain("Fysioterapiakäynti 80");
    expect(content.text).toContain("1 580,00 €");
    expect(content.text).toContain("EI_TOTEUTUNUT: Peruttu");
    // Same input, same bytes: a statement printed again is the same document.
    const empty = { ...baseCopy(), events: [] };
    expect((await renderSettlementStatementPdf(empty)).equals(await renderSettlementStatementPdf(empty))).toBe(true);
  });

  it("prints a co-payment statement in English", async () => {
    const pdf = await renderCoPaymentStatementPdf({
      language: "en",
      providerName: "Kotipalvelu Virtanen",
      clientName: "Matti Meikäläinen",
      customerNumber: "V-1002",
      serviceName: "Säännöllinen kotihoito",
      from: "2026-11-01",
      to: "2026-11-30",
      printedOn: "2026-11-23",
      rows: [
        {
          date: "2026-11-03",
          state: "approved",
          content: "Aamukäynti",
          voucherNumber: "PS-2026-0002",
          priceCents: 9600,
          voucherValueCents: 8000,
          coPaymentCents: 1600,
        },
        {
          date: "2026-11-10",
          state: "under_review",
          content: "Aamukäynti",
          voucherNumber: "PS-2026-0002",
          priceCents: 7200,
          voucherValueCents: 6000,
          coPaymentCents: 1200,
        },
      ],
      totals: { priceCents: 16800, voucherValueCents: 14000, coPaymentCents: 2800 },
    });
    const { text } = await readPdf(pdf);
    expect(text).toContain("Co-payment statement");
    expect(text).toContain("Aamukäynti (under review)");
    expect(text).toContain("28,00 €");
  });
});

function baseCopy() {
  return {
    language: "en" as const,
    organizerName: "O",
    providerName: "P",
    providerBusinessId: null,
    period: "2026-05",
    runDate: "2026-06-05",
    credits: [],
    approvedCents: 0,
    creditCents: 0,
    carriedInCents: 0,
    payableCents: 0,
    carriedOutCents: 0,
    paidOn: null,
  };
}
