import { describe, expect, it } from "vitest";
import { changeActionText, snapshotText } from "./change-text";

const RULE_ID = "3e5e6ce5-eafd-436f-86b1-d997c800a67d";
const names = new Map([[RULE_ID, "Yritykset 40"]]);

describe("change history in words", () => {
  it("names the action and writes a rule's values the Finnish way, without codes or ids", () => {
    expect(changeActionText("fi", "reminders.rule_created")).toBe("Sääntö luotu");
    expect(changeActionText("en", "reminders.customer_moved")).toBe("Customer moved");
    const rule = {
      name: "Yritykset 40",
      channel: "einvoice",
      feeCents: 1200,
      maxCount: 2,
      customerKind: "business",
      claimCompensation: true,
    };
    expect(snapshotText("fi", rule, names)).toBe(
      "Nimi: Yritykset 40, Lähetystapa: Verkkolasku, Perintäkulu: 12,00\u00a0€, Muistutuksia enintään: 2, Asiakastyyppi: Yritys, 40 € korvaus: kyllä",
    );
  });

  it("shows a moved customer's rule by name, a blocked one as blocked, and never the id", () => {
    expect(snapshotText("fi", { reminderRuleId: RULE_ID, customerName: "Rakennus Oy" }, names)).toBe(
      "Sääntö: Yritykset 40, Asiakas: Rakennus Oy",
    );
    expect(snapshotText("fi", { reminderRuleId: null, customerName: "Svensson AB" }, names)).toBe(
      "Sääntö: Automaatio estetty, Asiakas: Svensson AB",
    );
    const activation = { rules: [{ id: RULE_ID }], placedCustomers: 2, blockedCustomers: 1, confirmedTransactionFeeCents: 25 };
    const text = snapshotText("fi", activation, names);
    expect(text).toBe("Sääntöihin sijoitettu: 2, Automaatio estetty: 1, Vahvistettu välityspalkkio: 0,25\u00a0€");
    expect(snapshotText("fi", { jobId: "x" }, names)).toBe("–");
  });
});
