import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { fromDomain } from "../errors-from-domain";

/**
 * Refusals of the invoices module; composed into the api's one error table. The lifecycle
 * refusals come from the domain's decideInvoice; this table gives them their tRPC code.
 */
export const INVOICE_ERRORS = {
  INVOICE_NOT_EDITABLE: fromDomain("INVOICE_NOT_EDITABLE", "CONFLICT"),
  INVOICE_NOT_SUBMITTABLE: fromDomain("INVOICE_NOT_SUBMITTABLE", "CONFLICT"),
  INVOICE_NOT_SENDABLE: fromDomain("INVOICE_NOT_SENDABLE", "CONFLICT"),
  INVOICE_ALREADY_QUEUED: fromDomain("INVOICE_ALREADY_QUEUED", "CONFLICT"),
  INVOICE_NOT_OPEN: fromDomain("INVOICE_NOT_OPEN", "CONFLICT"),
  INVOICE_NOT_CREDITABLE: fromDomain("INVOICE_NOT_CREDITABLE", "CONFLICT"),
  PAYMENT_EXCEEDS_OPEN: fromDomain("PAYMENT_EXCEEDS_OPEN", "BAD_REQUEST"),
  PAYMENT_DATE_IN_FUTURE: fromDomain("PAYMENT_DATE_IN_FUTURE", "BAD_REQUEST"),
  INVOICE_DATE_OUT_OF_WINDOW: fromDomain("INVOICE_DATE_OUT_OF_WINDOW", "BAD_REQUEST"),
  INVOICE_DUE_DATE_OUT_OF_WINDOW: fromDomain("INVOICE_DUE_DATE_OUT_OF_WINDOW", "BAD_REQUEST"),
  DELIVERY_DATE_OUT_OF_WINDOW: fromDomain("DELIVERY_DATE_OUT_OF_WINDOW", "BAD_REQUEST"),
  USER_NUMBER_MISSING: {
    trpc: "FORBIDDEN",
    fi: "Sinulla ei ole käyttäjänumeroa, joten et voi laskuttaa.",
    en: "You have no user number, so you cannot invoice.",
  },
  INVOICE_NOT_SUBMITTED: {
    trpc: "CONFLICT",
    fi: "PDF on saatavilla, kun lasku on lähetetty käsiteltäväksi ja sillä on numero.",
    en: "The PDF is available once the invoice has been submitted and has a number.",
  },
  CUSTOMER_NOT_FOUND: { trpc: "NOT_FOUND", fi: "Asiakasta ei löytynyt.", en: "Customer not found." },
  CUSTOMER_NUMBER_TAKEN: {
    trpc: "CONFLICT",
    fi: "Asiakasnumero {customerNumber} on jo käytössä.",
    en: "Customer number {customerNumber} is already in use.",
  },
  DELIVERY_EMAIL_MISSING: {
    trpc: "BAD_REQUEST",
    fi: "Sähköpostilaskua varten asiakkaalla on oltava sähköpostiosoite.",
    en: "An e-mail invoice needs the customer's e-mail address.",
  },
  DELIVERY_EINVOICE_MISSING: {
    trpc: "BAD_REQUEST",
    fi: "Verkkolaskua varten asiakkaalla on oltava verkkolaskuosoite ja välittäjätunnus.",
    en: "An e-invoice needs the customer's e-invoice address and operator id.",
  },
  BUSINESS_ID_REQUIRED: {
    trpc: "BAD_REQUEST",
    fi: "Yritysasiakkaalle tarvitaan Y-tunnus.",
    en: "A business customer needs a business ID.",
  },
  BUSINESS_ID_INVALID: {
    trpc: "BAD_REQUEST",
    fi: "Y-tunnus on virheellinen: muoto 1234567-8 ja tarkistusmerkin on täsmättävä.",
    en: "The business ID is invalid: the format is 1234567-8 and the check digit must match.",
  },
  EINVOICE_OPERATOR_REQUIRED: {
    trpc: "BAD_REQUEST",
    fi: "Anna verkkolaskuosoitteelle myös välittäjätunnus, muuten verkkolaskua ei voi toimittaa.",
    en: "Give the operator id with the e-invoice address, otherwise no e-invoice can be delivered.",
  },
  EINVOICE_ADDRESS_REQUIRED: {
    trpc: "BAD_REQUEST",
    fi: "Välittäjätunnus tarvitsee myös verkkolaskuosoitteen.",
    en: "An operator id needs the e-invoice address too.",
  },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; fi: string; en: string }>;
