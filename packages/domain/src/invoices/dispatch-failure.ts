import { domainErrorMessages } from "../shared/error-messages";

/**
 * Why a delivery failed for good, as a code the reader's screen or mail words in their language
 * (the worker keeps the technical message for the logs and the history, never for a person's eyes).
 */
export const DISPATCH_FAILURE_REASONS = [
  "buyer_email_missing",
  "buyer_einvoice_address_missing",
  "buyer_details_invalid",
  "seller_address_missing",
  "seller_bank_account_missing",
  "invoice_not_submitted",
  "invoice_data_invalid",
  "payment_code_failed",
  "unknown",
] as const;

export type DispatchFailureReason = (typeof DISPATCH_FAILURE_REASONS)[number];

export const isDispatchFailureReason = (value: unknown): value is DispatchFailureReason =>
  typeof value === "string" && (DISPATCH_FAILURE_REASONS as readonly string[]).includes(value);

const REASON_TEXTS: Record<DispatchFailureReason, { fi: string; en: string }> = {
  buyer_email_missing: {
    fi: "Asiakkaalla ei ole sähköpostiosoitetta, joten laskua ei voi lähettää sähköpostilla.",
    en: "The customer has no e-mail address, so the invoice cannot be sent by e-mail.",
  },
  buyer_einvoice_address_missing: {
    fi: "Asiakkaalta puuttuu verkkolaskuosoite tai välittäjän tunnus.",
    en: "The customer's e-invoice address or operator ID is missing.",
  },
  buyer_details_invalid: {
    fi: "Asiakkaan tiedot laskulla ovat puutteelliset.",
    en: "The customer's details on the invoice are incomplete.",
  },
  seller_address_missing: {
    fi: "Laskuttajan laskutusosoite puuttuu.",
    en: "The biller's billing address is missing.",
  },
  seller_bank_account_missing: {
    fi: "Laskuttajan tilinumero (IBAN ja BIC) puuttuu.",
    en: "The biller's bank account (IBAN and BIC) is missing.",
  },
  invoice_not_submitted: {
    fi: "Laskulla ei ole numeroa eikä viitettä: sitä ei ole lähetetty käsiteltäväksi.",
    en: "The invoice has no number or reference: it was never submitted.",
  },
  invoice_data_invalid: { fi: "Laskun tiedoissa on virhe.", en: "The invoice's details contain an error." },
  payment_code_failed: {
    fi: "Pankkiviivakoodia tai QR-koodia ei voitu muodostaa laskun tiedoista.",
    en: "The bank barcode or QR code could not be made from the invoice's details.",
  },
  unknown: {
    fi: "Toimitus epäonnistui odottamattomasta syystä; asiakaspalvelu selvittää asian.",
    en: "The delivery failed for an unexpected reason; customer service is looking into it.",
  },
};

/**
 * The reason in words. `detail` is the domain error code behind an "invoice_data_invalid" failure
 * (e.g. BARCODE_AMOUNT_TOO_LARGE); its own text says what exactly is wrong.
 */
export function dispatchFailureText(reason: string | null | undefined, locale: "fi" | "en", detail?: string | null): string {
  const texts = REASON_TEXTS[isDispatchFailureReason(reason) ? reason : "unknown"];
  const specific = detail ? domainErrorMessages[detail]?.[locale] : undefined;
  if (!specific) return texts[locale];
  return `${texts[locale]} ${specific.replace(/\.?$/, ".")}`;
}
