import { describe, expect, it } from "vitest";
import { creditMailText } from "./credit-mail-text";

const facts = {
  organizerName: "Pirkanmaan hyvinvointialue",
  eventDate: "2026-11-03",
  content: "Aamukäynti",
  voucherNumber: "PS-2026-0002",
  customerNumber: "V-1002",
  amountCents: 2000,
  reason: "EI_TOTEUTUNUT Ei toteutunut",
  // A provider's own braces stay as written: only the template's placeholders are filled.
  explanation: "Käynti kesti tunnin, ei kahta {count}.",
};

describe("the provider's credit mail", () => {
  it("lists the event, the voucher, the customer number, the amount and the reason, then the explanation", () => {
    expect(creditMailText(facts)).toEqual({
      subject: "Palvelusetelitapahtuman hyvitys 3.11.2026 / PS-2026-0002",
      body: [
        "Pirkanmaan hyvinvointialue on hyvittänyt palvelusetelitapahtuman.",
        "",
        "Tapahtuma: 3.11.2026 Aamukäynti",
        "Palveluseteli: PS-2026-0002",
        "Asiakasnumeronne: V-1002",
        "Hyvitys: 20,00\u00a0€",
        "Syy: EI_TOTEUTUNUT Ei toteutunut",
        "",
        "Käynti kesti tunnin, ei kahta {count}.",
        "",
        "Hyvitys vähennetään seuraavasta tilityksestä.",
      ].join("\n"),
    });
  });

  it("writes the date the Finnish way and a large amount grouped, never 2026-11-03", () => {
    const mail = creditMailText({ ...facts, amountCents: 123_456 });
    expect(mail.body).toContain("Hyvitys: 1\u00a0234,56\u00a0€");
    expect(`${mail.subject}\n${mail.body}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("leaves out the customer number line when the provider has none for the client", () => {
    expect(creditMailText({ ...facts, customerNumber: null }).body).not.toContain("Asiakasnumeronne");
  });
});
