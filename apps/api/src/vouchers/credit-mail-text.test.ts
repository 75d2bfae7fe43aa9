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
      subject: "Palvelusetelitapahtuman hyvitys 2026-11-03 / PS-2026-0002",
      body: [
        "Pirkanmaan hyvinvointialue on hyvittänyt palvelusetelitapahtuman.",
        "",
        "Tapahtuma: 2026-11-03 Aamukäynti",
        "Palveluseteli: PS-2026-0002",
        "Asiakasnumeronne: V-1002",
        "Hyvitys: 20,00 €",
        "Syy: EI_TOTEUTUNUT Ei toteutunut",
        "",
        "Käynti kesti tunnin, ei kahta {count}.",
        "",
        "Hyvitys vähennetään seuraavasta tilityksestä.",
      ].join("\n"),
    });
  });

  it("leaves out the customer number line when the provider has none for the client", () => {
    expect(creditMailText({ ...facts, customerNumber: null }).body).not.toContain("Asiakasnumeronne");
  });
});
