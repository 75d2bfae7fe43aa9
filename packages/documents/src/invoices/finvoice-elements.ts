import { formatAmountFinvoice, formatDateFinvoice, formatDecimalFi } from "../shared/format-values";
import { el, type XmlElement } from "../shared/xml-writer";
import { vatCategoryOf, type VatTreatment } from "./invoice-document";

/** Finvoice value elements shared by the header and the rows. */

/** "1234,56" with AmountCurrencyIdentifier="EUR". */
export const amountEl = (name: string, cents: number): XmlElement =>
  el(name, formatAmountFinvoice(cents), { AmountCurrencyIdentifier: "EUR" });

/** CCYYMMDD with its Format attribute. */
export const dateEl = (name: string, date: string): XmlElement => el(name, formatDateFinvoice(date), { Format: "CCYYMMDD" });

/** Finvoice percentages use a decimal comma: 25.5 → "25,5". */
export const percent = (rate: number): string => formatDecimalFi(rate);

/** UNTDID 5305 code: S standard or reduced rate, Z zero-rated, E exempt, O outside the scope of VAT. */
export const vatCode = (t: VatTreatment): string => vatCategoryOf(t);
