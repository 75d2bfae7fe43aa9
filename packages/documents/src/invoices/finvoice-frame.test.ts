import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";
import { describe, expect, it } from "vitest";
import { buildFinvoice } from "./build-finvoice";
import { buildFinvoiceFrame, finvoiceFrameOptionsFor, frameFinvoice, type FinvoiceFrameOptions } from "./finvoice-frame";
import { sampleInvoiceDocument } from "./sample-invoice-document";
import { XSD_PATH, finvoiceXsd, validateFinvoice } from "../testing/finvoice-schema";

/** Maventa's anonymised Finvoice 3.0 invoice with its SOAP frame (shared/finvoice/samples). */
const SAMPLE_PATH = path.join(path.dirname(XSD_PATH), "samples", "anon_finvoice_30_invoice_with_SOAP.xml");
const sample = existsSync(SAMPLE_PATH) ? readFileSync(SAMPLE_PATH, "latin1") : null;
const ENVELOPE_END = "</SOAP-ENV:Envelope>";

/** The sample's frame: everything up to the end of the envelope. */
function sampleFrame(text: string): string {
  return text.slice(0, text.indexOf(ENVELOPE_END) + ENVELOPE_END.length);
}

/** Element names in document order and each leaf's text, enough to compare two frames' shape. */
function outline(xml: string): { elements: string[]; leaves: [string, string][] } {
  const elements: string[] = [];
  const leaves: [string, string][] = [];
  for (const m of xml.matchAll(/<([\w:-]+)[^>]*?(\/?)>(?:([^<]*)<\/\1>)?/g)) {
    const [, name = "", , text] = m;
    elements.push(name);
    if (text !== undefined && text.trim() !== "") leaves.push([name, text.trim()]);
  }
  return { elements, leaves };
}

/** A schema that accepts any SOAP envelope: xmllint then checks the frame is well-formed, namespaced XML. */
const ANY_ENVELOPE_XSD = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://schemas.xmlsoap.org/soap/envelope/" elementFormDefault="qualified">
  <xs:element name="Envelope">
    <xs:complexType>
      <xs:sequence><xs:any namespace="##any" processContents="skip" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
      <xs:anyAttribute namespace="##any" processContents="skip"/>
    </xs:complexType>
  </xs:element>
</xs:schema>`;

async function envelopeErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: "frame.xml", contents: xml }],
    schema: [{ fileName: "envelope.xsd", contents: ANY_ENVELOPE_XSD }],
  });
  return result.errors.map((e) => e.message);
}

/** The parties and identifiers of the sample's frame. */
const sampleParties: FinvoiceFrameOptions = {
  sender: { address: "003721291126", intermediator: "003721291126" },
  receiver: { address: "003721291126", intermediator: "003721291126" },
  messageId: "20130134/1",
  timestamp: "2019-03-29T12:00:00",
};

describe("buildFinvoiceFrame", () => {
  it.skipIf(sample === null)("has the sample frame's elements, parties and roles, plus the conversation id", async () => {
    const theirs = sampleFrame(sample ?? "");
    const ours = buildFinvoiceFrame(sampleParties);
    expect(await envelopeErrors(theirs)).toEqual([]);
    expect(await envelopeErrors(ours)).toEqual([]);

    const expectedElements = outline(theirs).elements.flatMap((name) =>
      name === "eb:CPAId" ? [name, "eb:ConversationId"] : [name],
    );
    expect(outline(ours).elements).toEqual(expectedElements);
    expect(outline(ours).leaves).toEqual([
      ["eb:PartyId", "003721291126"],
      ["eb:Role", "Sender"],
      ["eb:PartyId", "003721291126"],
      ["eb:Role", "Intermediator"],
      ["eb:PartyId", "003721291126"],
      ["eb:Role", "Receiver"],
      ["eb:PartyId", "003721291126"],
      ["eb:Role", "Intermediator"],
      ["eb:CPAId", "yoursandmycpa"],
      ["eb:ConversationId", "20130134/1"],
      ["eb:Service", "Routing"],
      ["eb:Action", "ProcessInvoice"],
      ["eb:MessageId", "20130134/1"],
      ["eb:Timestamp", "2019-03-29T12:00:00"],
    ]);
    const sampleLeaves = outline(theirs).leaves;
    expect(sampleLeaves).toEqual(outline(ours).leaves.filter(([name]) => name !== "eb:ConversationId"));
    expect(ours).toContain('<eb:MessageHeader SOAP-ENV:mustUnderstand="1" eb:version="2.0">');
    expect(ours).toContain('<eb:Manifest eb:id="Manifest" eb:version="2.0">');
    expect(ours).toContain('<eb:Reference eb:id="Finvoice" xlink:href="20130134/1">');
  });

  it("escapes what a party or identifier could carry and keeps a given conversation id", async () => {
    const frame = buildFinvoiceFrame({
      ...sampleParties,
      sender: { address: "FI21<1234>&5600000785", intermediator: "OKOYFIHH" },
      messageId: 'id"&<x>',
      conversationId: "conversation-7",
    });
    expect(await envelopeErrors(frame)).toEqual([]);
    expect(frame).toContain("<eb:PartyId>FI21&lt;1234&gt;&amp;5600000785</eb:PartyId>");
    expect(frame).toContain('xlink:href="id&quot;&amp;&lt;x&gt;"');
    expect(frame).toContain("<eb:ConversationId>conversation-7</eb:ConversationId>");
  });
});

describe("frameFinvoice", () => {
  const message = { messageIdentifier: "RESKONTRA-10010257-1", timestamp: "2026-11-09T08:00:00Z" };

  it.skipIf(finvoiceXsd === null)("puts the frame before the unchanged message, which still validates", async () => {
    const xml = buildFinvoice(sampleInvoiceDocument, message);
    const options = finvoiceFrameOptionsFor(sampleInvoiceDocument, message);
    expect(options).toEqual({
      sender: { address: "003723456780", intermediator: "003723327487" },
      receiver: { address: "003701120389", intermediator: "NDEAFIHH" },
      messageId: "RESKONTRA-10010257-1",
      timestamp: "2026-11-09T08:00:00Z",
    });
    if (!options) return;
    const framed = frameFinvoice(xml, options);
    const cut = framed.indexOf(ENVELOPE_END) + ENVELOPE_END.length + 1;
    expect(framed.startsWith("<SOAP-ENV:Envelope ")).toBe(true);
    expect(framed.slice(cut)).toBe(xml);
    expect(await envelopeErrors(framed.slice(0, cut))).toEqual([]);
    expect((await validateFinvoice(framed.slice(cut))).errors).toEqual([]);
    // The frame and the message's own routing agree.
    expect(framed).toContain("<eb:MessageId>RESKONTRA-10010257-1</eb:MessageId>");
    expect(framed).toContain("<MessageIdentifier>RESKONTRA-10010257-1</MessageIdentifier>");
  });

  it("has no frame for a party without an e-invoice address and operator", () => {
    const buyer = { ...sampleInvoiceDocument.buyer, operatorId: undefined };
    expect(finvoiceFrameOptionsFor({ ...sampleInvoiceDocument, buyer }, message)).toBeNull();
  });
});
