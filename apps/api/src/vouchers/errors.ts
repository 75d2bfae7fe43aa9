import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { fromDomain } from "../errors-from-domain";

/**
 * Refusals of the vouchers module; composed into the api's one error table. The event
 * editability refusals (EVENT_*, CREDIT_*) come from the domain's eventPermissions and
 * decideEventTransition; this table gives them their tRPC code, so they answer 409 with the
 * domain's own text instead of a generic 400.
 */
export const VOUCHER_ERRORS = {
  CLIENT_NOT_FOUND: { trpc: "NOT_FOUND", fi: "Asiakasta ei löytynyt.", en: "Client not found." },
  VOUCHER_EVENT_NOT_FOUND: { trpc: "NOT_FOUND", fi: "Tapahtumaa ei löytynyt.", en: "Event not found." },
  PURCHASING_POWER_NOT_FOUND: {
    trpc: "NOT_FOUND",
    fi: "Ostovoimaa ei löytynyt tälle asiakkaalle.",
    en: "No such purchasing power for this client.",
  },
  PURCHASING_POWER_CLOSED: {
    trpc: "CONFLICT",
    fi: "Ostovoima on suljettu, eikä sille voi kirjata tapahtumia.",
    en: "The purchasing power is closed: no events can be recorded against it.",
  },
  PURCHASING_POWER_OTHER_PROVIDER: {
    trpc: "FORBIDDEN",
    fi: "Ostovoima on myönnetty toiselle palveluntuottajalle.",
    en: "The purchasing power was granted to another provider.",
  },
  EVENT_DATE_TOO_OLD: {
    trpc: "BAD_REQUEST",
    fi: "Tapahtuman voi kirjata enintään 60 päivää taaksepäin (aikaisintaan {earliest}).",
    en: "An event can be recorded at most 60 days back (from {earliestEn}).",
  },
  EVENT_DATE_IN_FUTURE: {
    trpc: "BAD_REQUEST",
    fi: "Tulevaa tapahtumaa ei voi kirjata.",
    en: "A future event cannot be recorded.",
  },
  EVENT_TIME_INVALID: {
    trpc: "BAD_REQUEST",
    fi: "Tapahtuman päättymisajan on oltava alkamisajan jälkeen.",
    en: "The event must end after it starts.",
  },
  SERVICE_PRICE_MISSING: {
    trpc: "BAD_REQUEST",
    fi: "Palvelulle ei ole hintaa tapahtumapäivälle. Anna yksikköhinta.",
    en: "The service has no price for the event date. Give a unit price.",
  },
  BOOKING_NOT_FOUND: { trpc: "NOT_FOUND", fi: "Palveluvarausta ei löytynyt.", en: "Booking not found." },
  CREDIT_REASON_UNKNOWN: {
    trpc: "BAD_REQUEST",
    fi: "Palvelunjärjestäjällä ei ole syykoodia {reasonCode}.",
    en: "The organizer has no reason code {reasonCode}.",
  },
  CREDIT_EXCEEDS_EVENT: fromDomain("CREDIT_EXCEEDS_EVENT", "BAD_REQUEST"),
  SETTLEMENT_PERIOD_OPEN: {
    trpc: "BAD_REQUEST",
    fi: "Kautta {period} ei voi tilittää ennen kuin kuukausi on päättynyt.",
    en: "Period {periodEn} cannot be settled before the month has ended.",
  },
  SETTLEMENT_PERIOD_PASSED: {
    trpc: "CONFLICT",
    fi: "Myöhempi kausi {later} on jo tilitetty.",
    en: "A later period, {laterEn}, has already been settled.",
  },
  SETTLEMENT_NOT_FOUND: { trpc: "NOT_FOUND", fi: "Tilitystä ei löytynyt.", en: "Settlement not found." },
  SETTLEMENT_ALREADY_PAID: {
    trpc: "CONFLICT",
    fi: "Tilityksen maksu on jo kirjattu.",
    en: "The settlement's payment has already been recorded.",
  },
  ORGANIZER_SETTINGS_MISSING: {
    trpc: "CONFLICT",
    fi: "Palvelusetelin asetuksia ei ole tehty tälle palvelunjärjestäjälle.",
    en: "Voucher settings have not been made for this organizer.",
  },
  HETU_TAKEN: {
    trpc: "CONFLICT",
    fi: "Asiakas tällä henkilötunnuksella on jo olemassa.",
    en: "A client with this identity code already exists.",
  },
  CLIENT_NUMBER_MISSING: {
    trpc: "BAD_REQUEST",
    fi: "Anna asiakkaalle ensin oma asiakasnumero: laskulle ei saa tulla henkilötunnusta.",
    en: "Give the client your own customer number first: an invoice may not carry the identity code.",
  },
  CLIENT_NUMBER_TAKEN: {
    trpc: "CONFLICT",
    fi: "Asiakasnumero {customerNumber} on jo toisella asiakkaalla.",
    en: "Customer number {customerNumber} is already used for another client.",
  },
  CLIENT_ADDRESS_MISSING: {
    trpc: "BAD_REQUEST",
    fi: "Asiakkaalta puuttuu osoite, joten laskua ei voi tehdä.",
    en: "The client has no address, so no invoice can be made.",
  },
  NO_CO_PAYMENTS_TO_INVOICE: {
    trpc: "BAD_REQUEST",
    fi: "Valitulla aikavälillä ei ole laskuttamattomia omavastuita.",
    en: "There are no uninvoiced co-payments in the chosen range.",
  },
  ERROR_REPORT_ONLY_SETTLED: {
    trpc: "CONFLICT",
    fi: "Virheilmoituksen voi tehdä vain tilitetystä tai maksetusta tapahtumasta. Muuta tapahtumaa voi muokata tai sen voi poistaa.",
    en: "An error report is for settled or paid events. Other events can be edited or deleted.",
  },
  // The domain's editability and transition refusals, with the domain's own texts: a state
  // conflict or a missing right, not bad input.
  EVENT_TRANSITION_NOT_ALLOWED: fromDomain("EVENT_TRANSITION_NOT_ALLOWED", "CONFLICT"),
  EVENT_ALREADY_AWAITING_CREDIT: fromDomain("EVENT_ALREADY_AWAITING_CREDIT", "CONFLICT"),
  CREDIT_ONLY_SETTLED: fromDomain("CREDIT_ONLY_SETTLED", "CONFLICT"),
  CREDIT_ORGANIZER_ONLY: fromDomain("CREDIT_ORGANIZER_ONLY", "FORBIDDEN"),
  EVENT_ACTOR_NOT_ALLOWED: fromDomain("EVENT_ACTOR_NOT_ALLOWED", "FORBIDDEN"),
  EVENT_EDIT_PROVIDER_ONLY: fromDomain("EVENT_EDIT_PROVIDER_ONLY", "FORBIDDEN"),
  EVENT_NOT_EDITABLE_IN_STATE: fromDomain("EVENT_NOT_EDITABLE_IN_STATE", "CONFLICT"),
  EVENT_NOT_DELETABLE_IN_STATE: fromDomain("EVENT_NOT_DELETABLE_IN_STATE", "CONFLICT"),
  EVENT_PROCESSED_BY_SETTLEMENT: fromDomain("EVENT_PROCESSED_BY_SETTLEMENT", "CONFLICT"),
  EVENT_SETTLED_REPORT_TO_ORGANIZER: fromDomain("EVENT_SETTLED_REPORT_TO_ORGANIZER", "CONFLICT"),
  CREDIT_REASON_REQUIRED: fromDomain("CREDIT_REASON_REQUIRED", "BAD_REQUEST"),
  CREDIT_EXPLANATION_REQUIRED: fromDomain("CREDIT_EXPLANATION_REQUIRED", "BAD_REQUEST"),
  // What a voucher and a time slot can carry (domain rules), and what the database knows.
  EVENT_UNITS_EXCEED_VOUCHER: fromDomain("EVENT_UNITS_EXCEED_VOUCHER", "BAD_REQUEST"),
  EVENT_VALUE_EXCEEDS_BALANCE: fromDomain("EVENT_VALUE_EXCEEDS_BALANCE", "BAD_REQUEST"),
  EVENT_UNITS_EXCEED_SLOT: fromDomain("EVENT_UNITS_EXCEED_SLOT", "BAD_REQUEST"),
  EVENT_OVERLAPS: {
    trpc: "CONFLICT",
    fi: "Asiakkaalla on jo tapahtuma samaan aikaan ({when}): saman asiakkaan tapahtumat eivät voi mennä päällekkäin.",
    en: "The client already has an event at that time ({whenEn}): one client's events cannot overlap.",
  },
  VOUCHER_NUMBER_TAKEN: {
    trpc: "CONFLICT",
    fi: "Palvelusetelin numero {voucherNumber} on jo käytössä. Anna toinen numero.",
    en: "Voucher number {voucherNumber} is already in use. Give another number.",
  },
  CREDIT_REASON_CODE_TAKEN: {
    trpc: "CONFLICT",
    fi: "Syykoodi {code} on listassa kahdesti. Anna jokaiselle syylle oma koodi.",
    en: "Reason code {code} is on the list twice. Give each reason its own code.",
  },
  PAYMENT_DATE_IN_FUTURE: {
    trpc: "BAD_REQUEST",
    fi: "Maksupäivä ei voi olla tulevaisuudessa: kirjaa maksu, kun se on maksettu (viimeistään tänään {today}).",
    en: "The payment date cannot be in the future: record the payment once it is paid (today, {todayEn}, at the latest).",
  },
  PAYMENT_BEFORE_SETTLEMENT: {
    trpc: "BAD_REQUEST",
    fi: "Maksupäivä ei voi olla ennen tilityspäivää {settledOn}.",
    en: "The payment date cannot be before the settlement date, {settledOnEn}.",
  },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; fi: string; en: string }>;

export type VoucherErrorCode = keyof typeof VOUCHER_ERRORS;

const CODES: ReadonlySet<string> = new Set(Object.keys(VOUCHER_ERRORS));

export function isVoucherErrorCode(code: string): code is VoucherErrorCode {
  return CODES.has(code);
}
