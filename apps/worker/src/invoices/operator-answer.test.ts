import { describe, expect, it } from "vitest";
import { readOperatorAnswer } from "./operator-answer";

const now = new Date("2026-12-03T08:20:00Z");

function answer(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers });
}

describe("reading an e-invoice operator's answer", () => {
  it("takes the message id and receipt time from a Finvoice acknowledgement frame, not the id it refers to", async () => {
    const body = `<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:eb="http://www.oasis-open.org/committees/ebxml-msg/schema/msg-header-2_0.xsd">
  <SOAP-ENV:Header><eb:MessageHeader><eb:MessageData>
    <eb:MessageId>ACK-991</eb:MessageId>
    <eb:Timestamp>2026-12-03T10:15:00+02:00</eb:Timestamp>
    <eb:RefToMessageId>RESKONTRA-1</eb:RefToMessageId>
  </eb:MessageData></eb:MessageHeader></SOAP-ENV:Header>
</SOAP-ENV:Envelope>`;
    const { ack } = await readOperatorAnswer(answer(200, body), now);
    expect(ack).toEqual({ messageId: "ACK-991", receivedAt: new Date("2026-12-03T08:15:00Z"), response: body });
  });

  it("gives a SOAP fault's text as the reason for a refusal", async () => {
    const body = `<env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Body><env:Fault>
      <faultcode>env:Client</faultcode><faultstring>Receiver   not found</faultstring></env:Fault></env:Body></env:Envelope>`;
    expect((await readOperatorAnswer(answer(400, body), now)).reason).toBe("Receiver not found");
  });

  it("uses our clock when the operator's time has no zone, and a header id when the body has none", async () => {
    const { ack } = await readOperatorAnswer(
      answer(202, JSON.stringify({ receivedAt: "2026-12-03T10:15:00" }), { "X-Message-Id": "OP-5" }),
      now,
    );
    expect(ack).toMatchObject({ messageId: "OP-5", receivedAt: now });
  });

  it("keeps a plain-text refusal as the reason and an empty answer as no response", async () => {
    expect((await readOperatorAnswer(answer(422, "Laskun summa puuttuu\n"), now)).reason).toBe("Laskun summa puuttuu");
    const empty = await readOperatorAnswer(answer(202, ""), now);
    expect(empty).toEqual({ ack: { messageId: null, receivedAt: now, response: null }, reason: "" });
  });

  it("reads a JSON error object's message as the reason", async () => {
    const body = JSON.stringify({ error: { code: "E12", message: "Unknown intermediator NDEAFIHX" } });
    expect((await readOperatorAnswer(answer(400, body), now)).reason).toBe("Unknown intermediator NDEAFIHX");
  });
});
