import { describe, expect, it } from "vitest";
import { reasonText } from "./reason-text";

describe("why triage suggested a party", () => {
  it("quotes the request's own word and the keyword it matched", () => {
    expect(reasonText("fi", { kind: "keyword", topicId: "t", keyword: "verkkolasku", matched: "verkkolaskuna" })).toBe(
      "Pyynnössä lukee ”verkkolaskuna” (hakusana ”verkkolasku”)",
    );
    expect(reasonText("en", { kind: "name", matched: "pagerolle" })).toBe("The request names “pagerolle”");
  });
  it("names the invoice, how it was to go and how its dispatch went", () => {
    const failed = {
      kind: "invoice_delivery",
      invoiceNumber: "1001029002",
      deliveryMethod: "einvoice",
      dispatchStatus: "failed",
    } as const;
    expect(reasonText("fi", failed)).toBe("Lasku 1001029002 lähetetään verkkolaskuna; lähetyksen tila: epäonnistui");
    expect(reasonText("en", { ...failed, deliveryMethod: "post", dispatchStatus: null })).toBe(
      "Invoice 1001029002 is delivered on paper; dispatch status: not sent",
    );
  });
});
