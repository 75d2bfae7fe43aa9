import { describe, expect, it } from "vitest";
import { evaluateSuggestionChecklist, evaluateTicketChecklist } from "./checklist";

describe("evaluateTicketChecklist", () => {
  it("a complete ticket: precise description, an identifier and an attachment", () => {
    const r = evaluateTicketChecklist({
      description: "Lasku 10010257 lähti asiakkaalle väärällä eräpäivällä, vaikka vaihdoin eräpäivän ennen lähettämistä.",
      attachmentCount: 1,
    });
    expect(r).toMatchObject({ complete: true, missing: [], flagBeforeSend: false });
    expect(r.identifiers.map((i) => i.value)).toEqual(["10010257"]);
  });
  it("flags what is missing, and flags a ticket without identifiers before it is sent", () => {
    expect(evaluateTicketChecklist({ description: "Ei toimi", attachmentCount: 0 })).toEqual({
      complete: false,
      missing: [
        { item: "description", code: "TICKET_DESCRIPTION_TOO_VAGUE" },
        { item: "identifier", code: "TICKET_IDENTIFIER_MISSING" },
        { item: "attachment", code: "TICKET_ATTACHMENT_MISSING" },
      ],
      identifiers: [],
      flagBeforeSend: true,
    });
  });
  it("an identifier in the subject or linked through the form counts", () => {
    const description = "Asiakas sanoo maksaneensa laskun, mutta se näkyy edelleen avoimissa saatavissa.";
    expect(evaluateTicketChecklist({ subject: "Viite 1234561", description, attachmentCount: 1 }).complete).toBe(true);
    expect(evaluateTicketChecklist({ description, attachmentCount: 1, linkedIdentifierCount: 1 }).complete).toBe(true);
  });
});

describe("evaluateSuggestionChecklist", () => {
  it("needs description, benefit, current difficulty and attachment", () => {
    expect(
      evaluateSuggestionChecklist({ description: "Lisää", benefit: "", currentDifficulty: " ", attachmentCount: 0 }).missing.map(
        (m) => m.code,
      ),
    ).toEqual([
      "SUGGESTION_DESCRIPTION_TOO_VAGUE",
      "SUGGESTION_BENEFIT_MISSING",
      "SUGGESTION_DIFFICULTY_MISSING",
      "SUGGESTION_ATTACHMENT_MISSING",
    ]);
    expect(
      evaluateSuggestionChecklist({
        description: "Laskulistaan suodatin, joka näyttää vain tänään erääntyvät laskut yhdellä napsautuksella.",
        benefit: "Säästää aikaa",
        currentDifficulty: "Nyt pitää lajitella käsin",
        attachmentCount: 1,
      }).complete,
    ).toBe(true);
  });
});
