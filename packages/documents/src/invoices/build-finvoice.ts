import {
  amountDueCents,
  type InvoiceDocument,
  type InvoiceDocumentKind,
  type PartyAddress,
  type VatBreakdownLine,
} from "./invoice-document";
import { compactIban } from "../shared/format-values";
import { amountEl, dateEl, percent, vatCode } from "./finvoice-elements";
import { treatmentIn } from "./vat-summary";
import { buildInvoiceRows } from "./finvoice-rows";
import { invoiceDocumentTexts, TITLE_KEY } from "./messages";
import { chunkText, clipText, el, opt, serializeXml, type XmlElement } from "../shared/xml-writer";

/**
 * Builds a Finvoice 3.0 message (UTF-8) for an invoice, credit note or payment
 * reminder. Element order follows Finvoice3.0.xsd; text longer than an element
 * allows is split over the element's repetitions where the schema permits
 * (names, streets, free text) and clipped elsewhere, so a long name cannot make
 * the whole message invalid.
 */
export interface FinvoiceOptions {
  /** Unique per message, 2–48 characters; reuse it when re-sending the same message. */
  messageIdentifier: string;
  /** ISO 8601 instant, e.g. "2026-11-09T08:00:00Z". */
  timestamp: string;
}

const INVOICE_TYPES: Record<InvoiceDocumentKind, { code: string; un?: string }> = {
  invoice: { code: "INV01", un: "380" },
  credit_note: { code: "INV02", un: "381" },
  // UNTDID 1001 has no reminder code, so InvoiceTypeCodeUN is left out.
  reminder: { code: "INV08" },
};

export function buildFinvoice(doc: InvoiceDocument, opts: FinvoiceOptions): string {
  const root = el(
    "Finvoice",
    [
      transmissionDetails(doc, opts),
      sellerPartyDetails(doc),
      opt("SellerOrganisationUnitNumber", doc.seller.einvoiceAddress),
      (doc.seller.phone ?? doc.seller.email) !== undefined &&
        el("SellerCommunicationDetails", [
          opt("SellerPhoneNumberIdentifier", doc.seller.phone?.slice(0, 35)),
          opt("SellerEmailaddressIdentifier", doc.seller.email?.slice(0, 70)),
        ]),
      el("SellerInformationDetails", [
        el("SellerHomeTownName", clipText(doc.seller.address.city, 35)),
        el("SellerAccountDetails", [
          el("SellerAccountID", compactIban(doc.seller.iban), { IdentificationSchemeName: "IBAN" }),
          el("SellerBic", doc.seller.bic.trim(), { IdentificationSchemeName: "BIC" }),
        ]),
      ]),
      el("InvoiceRecipientLanguageCode", doc.language.toUpperCase()),
      buyerPartyDetails(doc),
      opt("BuyerOrganisationUnitNumber", doc.buyer.einvoiceAddress),
      doc.buyer.email !== undefined &&
        el("BuyerCommunicationDetails", [el("BuyerEmailaddressIdentifier", clipText(doc.buyer.email, 70))]),
      doc.deliveryDate !== undefined && el("DeliveryDetails", [dateEl("DeliveryDate", doc.deliveryDate)]),
      invoiceDetails(doc),
      // A credit note asks for no payment, so it carries no payment barcode; nor does an amount the barcode cannot hold.
      doc.kind !== "credit_note" && doc.virtualBarcode !== null && el("VirtualBankBarcode", doc.virtualBarcode),
      ...buildInvoiceRows(doc),
      epiDetails(doc),
    ],
    { Version: "3.0" },
  );
  return serializeXml(root);
}

/** OVT codes (0037 + business id digits) are tagged with their ISO 6523 scheme. */
function electronicAddress(name: string, address: string): XmlElement {
  return el(name, clipText(address, 35), /^0037\d{8}/.test(address) ? { SchemeID: "0037" } : {});
}

/** Routing for the e-invoice operators; left out when either party lacks an e-invoice address and operator. */
function transmissionDetails(doc: InvoiceDocument, opts: FinvoiceOptions): XmlElement | null {
  const { seller, buyer } = doc;
  if (!seller.einvoiceAddress || !seller.operatorId || !buyer.einvoiceAddress || !buyer.operatorId) return null;
  return el("MessageTransmissionDetails", [
    el("MessageSenderDetails", [
      electronicAddress("FromIdentifier", seller.einvoiceAddress),
      el("FromIntermediator", clipText(seller.operatorId, 35)),
    ]),
    el("MessageReceiverDetails", [
      electronicAddress("ToIdentifier", buyer.einvoiceAddress),
      el("ToIntermediator", clipText(buyer.operatorId, 35)),
    ]),
    el("MessageDetails", [el("MessageIdentifier", clipText(opts.messageIdentifier, 48)), el("MessageTimeStamp", opts.timestamp)]),
  ]);
}

/** Finnish VAT number from a Y-tunnus: "2345678-0" → "FI23456780". */
function vatNumber(businessId: string | undefined, countryCode: string): string | undefined {
  if (!businessId || countryCode.toUpperCase() !== "FI") return undefined;
  const digits = businessId.replace(/\D/g, "");
  return digits.length === 8 ? `FI${digits}` : undefined;
}

function postalAddress(prefix: "Seller" | "Buyer", a: PartyAddress): XmlElement {
  return el(`${prefix}PostalAddressDetails`, [
    ...chunkText(a.street, 35, 3, 2).map((line) => el(`${prefix}StreetName`, line)),
    el(`${prefix}TownName`, clipText(a.city, 35)),
    el(`${prefix}PostCodeIdentifier`, clipText(a.postalCode, 35)),
    el("CountryCode", a.countryCode.toUpperCase()),
  ]);
}

function sellerPartyDetails(doc: InvoiceDocument): XmlElement {
  const s = doc.seller;
  return el("SellerPartyDetails", [
    opt("SellerPartyIdentifier", s.businessId),
    ...chunkText(s.name, 70, Number.POSITIVE_INFINITY, 2).map((part) => el("SellerOrganisationName", part)),
    opt("SellerOrganisationTaxCode", vatNumber(s.businessId, s.address.countryCode)),
    postalAddress("Seller", s.address),
  ]);
}

function buyerPartyDetails(doc: InvoiceDocument): XmlElement {
  const b = doc.buyer;
  // For a person only the name and address go out: the type has no identity code, and a business id does not apply.
  const businessId = b.isPerson ? undefined : b.businessId;
  return el("BuyerPartyDetails", [
    opt("BuyerPartyIdentifier", businessId),
    ...chunkText(b.name, 70, Number.POSITIVE_INFINITY, 2).map((part) => el("BuyerOrganisationName", part)),
    opt("BuyerOrganisationTaxCode", vatNumber(businessId, b.address.countryCode)),
    postalAddress("Buyer", b.address),
  ]);
}

function invoiceDetails(doc: InvoiceDocument): XmlElement {
  const type = INVOICE_TYPES[doc.kind];
  const t = invoiceDocumentTexts(doc.language);
  const termsText = t("paymentTerms", { count: doc.paymentTermsDays });
  return el("InvoiceDetails", [
    el("InvoiceTypeCode", type.code, { CodeListAgencyIdentifier: "SPY" }),
    opt("InvoiceTypeCodeUN", type.un),
    // The printed title in capitals, as on the PDF: "LASKU", "CREDIT NOTE".
    el("InvoiceTypeText", t(TITLE_KEY[doc.kind]).toUpperCase()),
    el("OriginCode", "Original"),
    el("InvoiceNumber", doc.invoiceNumber),
    dateEl("InvoiceDate", doc.issueDate),
    opt("OriginalInvoiceNumber", doc.originalInvoice?.invoiceNumber),
    opt("SellersBuyerIdentifier", doc.buyer.customerNumber?.slice(0, 70)),
    amountEl("RowsTotalVatExcludedAmount", doc.totals.netCents),
    amountEl("InvoiceTotalVatExcludedAmount", doc.totals.netCents),
    amountEl("InvoiceTotalVatAmount", doc.totals.vatCents),
    amountEl("InvoiceTotalVatIncludedAmount", doc.totals.grossCents),
    ...doc.vatBreakdown.map((line) => vatSpecification({ ...line, ...treatmentIn(doc, line) })),
    ...(doc.notes ? chunkText(doc.notes, 512).map((part) => el("InvoiceFreeText", part)) : []),
    // A credit note has nothing to pay: it says so, with no payment terms and no due date.
    doc.kind === "credit_note"
      ? el("PaymentTermsDetails", [el("PaymentTermsFreeText", clipText(t("creditNotice"), 70))])
      : el("PaymentTermsDetails", [el("PaymentTermsFreeText", termsText), dateEl("InvoiceDueDate", doc.dueDate)]),
  ]);
}

/** EN 16931 VAT breakdown: exempt (E) and out-of-scope (O) lines carry their reason (BR-E-10, BR-O-10). */
function vatSpecification(line: VatBreakdownLine): XmlElement {
  return el("VatSpecificationDetails", [
    amountEl("VatBaseAmount", line.netCents),
    el("VatRatePercent", percent(line.vatRatePercent)),
    el("VatCode", vatCode(line)),
    amountEl("VatRateAmount", line.vatCents),
    ...(line.vatExemptionReason ? chunkText(line.vatExemptionReason, 70, 3) : []).map((part) => el("VatFreeText", part)),
  ]);
}

function epiDetails(doc: InvoiceDocument): XmlElement {
  const reference = doc.referenceNumber.replace(/\s+/g, "").toUpperCase();
  // A reminder asks for the open amount plus its fees; an invoice for its total. A credit note states the
  // credited (negative) total, dated on its issue date: there is no due date, as there is nothing to pay.
  const credit = doc.kind === "credit_note";
  const instructed = credit ? doc.totals.grossCents : amountDueCents(doc);
  return el("EpiDetails", [
    el("EpiIdentificationDetails", [dateEl("EpiDate", doc.issueDate), el("EpiReference", reference)]),
    el("EpiPartyDetails", [
      el("EpiBfiPartyDetails", [el("EpiBfiIdentifier", doc.seller.bic.trim(), { IdentificationSchemeName: "BIC" })]),
      el("EpiBeneficiaryPartyDetails", [
        el("EpiNameAddressDetails", clipText(doc.seller.name, 35)),
        el("EpiAccountID", compactIban(doc.seller.iban), { IdentificationSchemeName: "IBAN" }),
      ]),
    ]),
    el("EpiPaymentInstructionDetails", [
      el("EpiRemittanceInfoIdentifier", reference, { IdentificationSchemeName: reference.startsWith("RF") ? "ISO" : "SPY" }),
      amountEl("EpiInstructedAmount", instructed),
      el("EpiCharge", "SHA", { ChargeOption: "SHA" }),
      dateEl("EpiDateOptionDate", credit ? doc.issueDate : doc.dueDate),
      el("EpiPaymentMeansCode", "58"),
    ]),
  ]);
}
