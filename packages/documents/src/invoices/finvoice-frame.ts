import type { InvoiceDocument } from "./invoice-document";
import type { FinvoiceOptions } from "./build-finvoice";
import { clipText, el, serializeXml, type XmlElement } from "../shared/xml-writer";

/**
 * The Finvoice transmission frame: the ebXML SOAP envelope that travels in front of a Finvoice
 * message between the sender's and the receiver's e-invoice operators (Finvoice implementation
 * guidelines, "Message transmission frame"). The operators route on the frame alone, so it
 * repeats what the message's MessageTransmissionDetails says: who sends through which
 * intermediator, who receives through which, and the message's identifier and time stamp.
 */

/** An e-invoice address (OVT code or IBAN) and the operator (intermediator) id that serves it. */
export interface FinvoiceFrameParty {
  address: string;
  intermediator: string;
}

export interface FinvoiceFrameOptions {
  sender: FinvoiceFrameParty;
  receiver: FinvoiceFrameParty;
  /** The message's MessageIdentifier: eb:MessageId and the manifest's reference point at it. */
  messageId: string;
  /** The message's MessageTimeStamp. */
  timestamp: string;
  /** Ties related messages together; the message identifier when not given. */
  conversationId?: string;
  /** The agreement between the operators; the guideline's fixed value when not given. */
  cpaId?: string;
}

const SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";
const EB = "http://www.oasis-open.org/committees/ebxml-msg/schema/msg-header-2_0.xsd";
const XLINK = "http://www.w3.org/1999/xlink";
/** The schema reference the operators expect in the manifest, with the message's Finvoice version. */
const FINVOICE_SCHEMA = { "eb:location": "http://www.finvoice.info/finvoice.xsd", "eb:version": "3.0" };

function party(side: "eb:From" | "eb:To", partyId: string, role: string): XmlElement {
  return el(side, [el("eb:PartyId", clipText(partyId, 35)), el("eb:Role", role)]);
}

/** The SOAP envelope alone, without an XML declaration: it is the first part of the transmitted file. */
export function buildFinvoiceFrame(opts: FinvoiceFrameOptions): string {
  const envelope = el(
    "SOAP-ENV:Envelope",
    [
      el("SOAP-ENV:Header", [
        el(
          "eb:MessageHeader",
          [
            party("eb:From", opts.sender.address, "Sender"),
            party("eb:From", opts.sender.intermediator, "Intermediator"),
            party("eb:To", opts.receiver.address, "Receiver"),
            party("eb:To", opts.receiver.intermediator, "Intermediator"),
            el("eb:CPAId", opts.cpaId ?? "yoursandmycpa"),
            el("eb:ConversationId", opts.conversationId ?? opts.messageId),
            el("eb:Service", "Routing"),
            el("eb:Action", "ProcessInvoice"),
            el("eb:MessageData", [el("eb:MessageId", opts.messageId), el("eb:Timestamp", opts.timestamp)]),
          ],
          { "SOAP-ENV:mustUnderstand": "1", "eb:version": "2.0" },
        ),
      ]),
      el("SOAP-ENV:Body", [
        el(
          "eb:Manifest",
          [el("eb:Reference", [el("eb:Schema", "", FINVOICE_SCHEMA)], { "eb:id": "Finvoice", "xlink:href": opts.messageId })],
          { "eb:id": "Manifest", "eb:version": "2.0" },
        ),
      ]),
    ],
    { "xmlns:SOAP-ENV": SOAP_ENV, "xmlns:eb": EB, "xmlns:xlink": XLINK },
  );
  return serializeXml(envelope).replace(/^<\?xml[^>]*\?>\n/, "");
}

/** What is transmitted: the frame, then the Finvoice message unchanged (with its own declaration). */
export function frameFinvoice(finvoiceXml: string, opts: FinvoiceFrameOptions): string {
  return `${buildFinvoiceFrame(opts)}${finvoiceXml}`;
}

/**
 * The frame's parties from the document, with the identifier and time stamp the message was
 * built with; null when either party lacks an e-invoice address or operator (no routing possible).
 */
export function finvoiceFrameOptionsFor(doc: InvoiceDocument, message: FinvoiceOptions): FinvoiceFrameOptions | null {
  const { seller, buyer } = doc;
  if (!seller.einvoiceAddress || !seller.operatorId || !buyer.einvoiceAddress || !buyer.operatorId) return null;
  return {
    sender: { address: seller.einvoiceAddress, intermediator: seller.operatorId },
    receiver: { address: buyer.einvoiceAddress, intermediator: buyer.operatorId },
    messageId: clipText(message.messageIdentifier, 48),
    timestamp: message.timestamp,
  };
}
