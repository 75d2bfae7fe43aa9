/**
 * The text of every domain error and refusal code, Finnish first. The web
 * shows these by code; `params` of an error carry the numbers (e.g. maxCents).
 */
export const domainErrorMessages: Record<string, { fi: string; en: string }> = {
  // Money and dates
  AMOUNT_INVALID: { fi: "Summan on oltava kokonaisluku sentteinä", en: "The amount must be a whole number of cents" },
  AMOUNT_NEGATIVE: { fi: "Summa ei voi olla negatiivinen", en: "The amount cannot be negative" },
  DATE_INVALID: { fi: "Päivämäärä on virheellinen", en: "The date is invalid" },
  DATE_RANGE_INVALID: { fi: "Aikaväli on virheellinen", en: "The date range is invalid" },
  YEAR_INVALID: { fi: "Vuosi on virheellinen", en: "The year is invalid" },
  BUSINESS_DAYS_INVALID: {
    fi: "Pankkipäivien määrän on oltava kokonaisluku",
    en: "The number of business days must be a whole number",
  },
  QUANTITY_INVALID: { fi: "Määrässä voi olla enintään kolme desimaalia", en: "The quantity may have at most three decimals" },
  VAT_RATE_INVALID: {
    fi: "Arvonlisäverokannan on oltava 0–100 % ja siinä enintään kaksi desimaalia",
    en: "The VAT rate must be 0–100 % with at most two decimals",
  },

  // Invoices
  INVOICE_NOT_EDITABLE: {
    fi: "Laskua voi muokata vain luonnoksena tai korjattavana.",
    en: "An invoice can be edited only as a draft or when returned for correction.",
  },
  INVOICE_NOT_SUBMITTABLE: {
    fi: "Vain luonnoksen tai korjatun laskun voi lähettää käsiteltäväksi.",
    en: "Only a draft or a corrected invoice can be submitted.",
  },
  INVOICE_NOT_SENDABLE: {
    fi: "Laskua ei voi lähettää: se ei ole lähettämättömissä laskuissa.",
    en: "The invoice cannot be sent: it is not among unsent invoices.",
  },
  INVOICE_ALREADY_QUEUED: { fi: "Lasku on jo lähetysjonossa.", en: "The invoice is already queued for sending." },
  INVOICE_NOT_OPEN: { fi: "Laskulla ei ole avointa saatavaa.", en: "The invoice has no open receivable." },
  INVOICE_NOT_CREDITABLE: {
    fi: "Vain lähetetyn laskun voi hyvittää, eikä hyvityslaskua voi hyvittää.",
    en: "Only a sent invoice can be credited, and a credit note cannot be credited.",
  },
  PAYMENT_EXCEEDS_OPEN: {
    fi: "Maksu ({amount} €) on suurempi kuin avoin saatava ({open} €).",
    en: "The payment (€{amount}) exceeds the open amount (€{open}).",
  },
  USER_NUMBER_INVALID: { fi: "Käyttäjänumeron on oltava kuusi numeroa", en: "The user number must be six digits" },
  INVOICE_SEQUENCE_INVALID: {
    fi: "Laskun järjestysnumeron on oltava positiivinen kokonaisluku",
    en: "The invoice sequence must be a positive whole number",
  },
  REFERENCE_BASE_INVALID: { fi: "Viitenumeron perusosan on oltava 3–19 numeroa", en: "The reference base must be 3–19 digits" },
  REFERENCE_INVALID: { fi: "Viitenumero on virheellinen", en: "The reference number is invalid" },
  RF_REFERENCE_INVALID: { fi: "RF-viite on virheellinen", en: "The RF creditor reference is invalid" },
  IBAN_INVALID: { fi: "Tilinumero (IBAN) on virheellinen", en: "The account number (IBAN) is invalid" },
  BIC_INVALID: { fi: "BIC-tunnus on virheellinen", en: "The BIC is invalid" },
  BARCODE_AMOUNT_TOO_LARGE: {
    fi: "Pankkiviivakoodiin mahtuu enintään 999 999,99 euroa",
    en: "The bank barcode holds at most 999,999.99 euros",
  },
  BARCODE_DUE_DATE_OUT_OF_RANGE: {
    fi: "Pankkiviivakoodin eräpäivän on oltava vuosina 2000–2099",
    en: "The bank barcode due date must be in the years 2000–2099",
  },
  BARCODE_RF_NOT_NUMERIC: {
    fi: "Pankkiviivakoodiin voi merkitä vain numeerisen RF-viitteen",
    en: "Only a numeric RF reference fits in the bank barcode",
  },
  BARCODE_MALFORMED: { fi: "Virtuaaliviivakoodi on virheellinen", en: "The virtual barcode is malformed" },
  EPC_NAME_INVALID: { fi: "Saajan nimen on oltava 1–70 merkkiä", en: "The beneficiary name must be 1–70 characters" },
  EPC_AMOUNT_INVALID: {
    fi: "QR-koodin summan on oltava 0,01–999 999 999,99 euroa",
    en: "The QR code amount must be 0.01–999,999,999.99 euros",
  },
  EPC_PURPOSE_INVALID: { fi: "Maksun tarkoituskoodi on virheellinen", en: "The purpose code is invalid" },
  EPC_REFERENCE_AND_TEXT: {
    fi: "QR-koodissa voi olla joko viite tai viesti, ei molempia",
    en: "The QR code may carry a reference or a message, not both",
  },
  EPC_TEXT_TOO_LONG: { fi: "Teksti on liian pitkä QR-koodiin", en: "The text is too long for the QR code" },
  EPC_PAYLOAD_TOO_LONG: { fi: "QR-koodin tiedot ovat liian pitkät", en: "The QR code payload is too long" },

  // Identity
  HETU_FORMAT_INVALID: {
    fi: "Henkilötunnuksen muoto on virheellinen",
    en: "The personal identity code is not in the right format",
  },
  HETU_DATE_INVALID: {
    fi: "Henkilötunnuksen syntymäaika on virheellinen",
    en: "The birth date in the personal identity code is invalid",
  },
  HETU_INDIVIDUAL_NUMBER_INVALID: {
    fi: "Henkilötunnuksen yksilönumero on virheellinen",
    en: "The individual number in the personal identity code is invalid",
  },
  HETU_CHECKSUM_INVALID: {
    fi: "Henkilötunnuksen tarkistusmerkki ei täsmää",
    en: "The check character of the personal identity code does not match",
  },
  HETU_BIRTH_DATE_IN_FUTURE: {
    fi: "Henkilötunnuksen syntymäaika on tulevaisuudessa",
    en: "The birth date in the personal identity code is in the future",
  },

  // Voucher events
  EVENT_STATE_UNKNOWN: { fi: "Tapahtuman tila on tuntematon", en: "The event state is unknown" },
  EVENT_COMMAND_UNKNOWN: { fi: "Toiminto on tuntematon", en: "The action is unknown" },
  EVENT_TRANSITION_NOT_ALLOWED: {
    fi: "Toimintoa ei voi tehdä tapahtuman nykyisessä tilassa",
    en: "The action is not possible in the event's current state",
  },
  EVENT_ACTOR_NOT_ALLOWED: { fi: "Sinulla ei ole oikeutta tähän toimintoon", en: "You are not allowed to perform this action" },
  EVENT_ALREADY_AWAITING_CREDIT: { fi: "Tapahtuma odottaa jo hyvitystä", en: "The event is already awaiting a credit" },
  CREDIT_EXCEEDS_EVENT: {
    fi: "Hyvitys voi olla enintään tapahtuman hyvittämätön arvo {max} €.",
    en: "The credit can be at most the event's uncredited value, €{max}.",
  },
  CREDIT_REASON_REQUIRED: { fi: "Valitse hyvityksen syy", en: "Choose a reason for the credit" },
  CREDIT_EXPLANATION_REQUIRED: { fi: "Kirjoita hyvitykselle selitys", en: "Write an explanation for the credit" },
  CREDIT_ONLY_SETTLED: {
    fi: "Vain tilitetyn tai maksetun tapahtuman voi hyvittää",
    en: "Only a settled or paid event can be credited",
  },
  CREDIT_ORGANIZER_ONLY: { fi: "Vain palvelunjärjestäjä voi hyvittää tapahtuman", en: "Only the organizer can credit an event" },
  EVENT_EDIT_PROVIDER_ONLY: {
    fi: "Vain palveluntuottaja voi muokata tai poistaa kirjaamiaan tapahtumia",
    en: "Only the provider can edit or delete the events it recorded",
  },
  EVENT_NOT_EDITABLE_IN_STATE: {
    fi: "Tapahtumaa voi muokata vain, kun se on kirjattu",
    en: "An event can be edited only while it is recorded",
  },
  EVENT_NOT_DELETABLE_IN_STATE: { fi: "Hylättyä tapahtumaa ei voi poistaa", en: "A rejected event cannot be deleted" },
  EVENT_PROCESSED_BY_SETTLEMENT: {
    fi: "Tilitysajo on jo käsitellyt tapahtuman",
    en: "The settlement run has already processed the event",
  },
  EVENT_SETTLED_REPORT_TO_ORGANIZER: {
    fi: "Tilitettyä tapahtumaa ei voi muuttaa. Ilmoita virheestä palvelunjärjestäjälle tukipyynnöllä",
    en: "A settled event cannot be changed. Report the error to the organizer with a ticket",
  },

  // Reminders
  REMINDER_NAME_REQUIRED: { fi: "Anna säännölle nimi", en: "Give the rule a name" },
  REMINDER_NAME_TOO_LONG: { fi: "Säännön nimi voi olla enintään 100 merkkiä", en: "The rule name may be at most 100 characters" },
  REMINDER_CUSTOMER_KIND_INVALID: {
    fi: "Valitse asiakastyyppi: kuluttaja tai yritys",
    en: "Choose the customer kind: consumer or business",
  },
  REMINDER_FEE_INVALID: {
    fi: "Perintäkulun on oltava nolla tai positiivinen summa sentteinä",
    en: "The collection fee must be zero or a positive number of cents",
  },
  REMINDER_FEE_TOO_HIGH: {
    fi: "Perintäkulu ylittää lain salliman enimmäismäärän (kuluttaja 5,00 €, yritys 12,00 €)",
    en: "The collection fee exceeds the legal maximum (consumer €5.00, business €12.00)",
  },
  REMINDER_DAYS_INVALID: {
    fi: "Päivien määrän eräpäivästä on oltava kokonaisluku",
    en: "The days after the due date must be a whole number",
  },
  REMINDER_TOO_SOON_AFTER_DUE: {
    fi: "Kuluttajalle maksumuistutuksen saa lähettää aikaisintaan 14 päivää eräpäivän jälkeen",
    en: "A consumer reminder may be sent no earlier than 14 days after the due date",
  },
  REMINDER_MINIMUM_INVALID: {
    fi: "Vähimmäissumman on oltava nolla tai positiivinen summa sentteinä",
    en: "The minimum amount must be zero or a positive number of cents",
  },
  REMINDER_CHANNEL_INVALID: {
    fi: "Valitse lähetystapa: verkkolasku, sähköposti tai kirje",
    en: "Choose a channel: e-invoice, e-mail or post",
  },
  REMINDER_MAX_COUNT_INVALID: {
    fi: "Muistutusten enimmäismäärän on oltava vähintään yksi",
    en: "The maximum number of reminders must be at least one",
  },
  REMINDER_INTERVAL_INVALID: {
    fi: "Muistutusten välin on oltava vähintään yksi päivä",
    en: "The interval between reminders must be at least one day",
  },
  REMINDER_INTERVAL_TOO_SHORT: {
    fi: "Muistutusten väli on lyhyempi kuin laki sallii (kuluttaja 14 päivää, yritys 10 päivää)",
    en: "The interval between reminders is shorter than the law allows (consumer 14 days, business 10 days)",
  },
  REMINDER_NOTHING_OPEN: { fi: "Laskulla ei ole avointa saatavaa", en: "The invoice has nothing left to pay" },
  REMINDER_BELOW_MINIMUM: {
    fi: "Avoin summa alittaa säännön vähimmäissumman",
    en: "The open amount is below the rule's minimum",
  },
  REMINDER_MAX_COUNT_REACHED: {
    fi: "Muistutusten enimmäismäärä on jo lähetetty",
    en: "The maximum number of reminders has already been sent",
  },
  REMINDER_NOT_YET_DUE: { fi: "Muistutuksen aika ei ole vielä tullut", en: "It is not yet time for the reminder" },
  REMINDER_INTERVAL_NOT_ELAPSED: {
    fi: "Edellisestä muistutuksesta ei ole kulunut riittävästi aikaa",
    en: "Not enough time has passed since the previous reminder",
  },
  REFERENCE_RATE_MISSING: {
    fi: "Viitekorkoa ei ole tiedossa koko ajanjaksolle",
    en: "The reference rate is not known for the whole period",
  },

  // Support
  TICKET_DESCRIPTION_TOO_VAGUE: {
    fi: "Kuvaa ongelma tarkemmin: mitä teit, mitä tapahtui ja mitä odotit",
    en: "Describe the problem more precisely: what you did, what happened and what you expected",
  },
  TICKET_IDENTIFIER_MISSING: {
    fi: "Lisää tunniste, jota asia koskee, esimerkiksi laskunumero, viitenumero tai asiakasnumero",
    en: "Add the identifier the matter concerns, such as an invoice, reference or customer number",
  },
  TICKET_ATTACHMENT_MISSING: { fi: "Liitä mukaan tiedosto tai kuvakaappaus", en: "Attach a file or a screenshot" },
  SUGGESTION_DESCRIPTION_TOO_VAGUE: { fi: "Kuvaa ehdotus selkeästi", en: "Describe the suggestion clearly" },
  SUGGESTION_BENEFIT_MISSING: {
    fi: "Kerro, mitä konkreettista hyötyä ehdotuksesta on",
    en: "Tell what concrete benefit the suggestion brings",
  },
  SUGGESTION_DIFFICULTY_MISSING: {
    fi: "Kerro, mikä nykyisessä tavassa on hankalaa",
    en: "Tell what is difficult in the current way",
  },
  SUGGESTION_ATTACHMENT_MISSING: { fi: "Liitä mukaan tiedosto tai kuvakaappaus", en: "Attach a file or a screenshot" },
  SERVICE_HOURS_INVALID: { fi: "Palveluajat ovat virheelliset", en: "The service hours are invalid" },
  SLA_MINUTES_INVALID: {
    fi: "Palvelutasoajan on oltava nolla tai positiivinen määrä minuutteja",
    en: "The service level time must be zero or a positive number of minutes",
  },
  REPORT_MONTH_INVALID: {
    fi: "Valitse raportin kuukausi muodossa VVVV-KK, esimerkiksi 2026-11.",
    en: "Choose the report month as YYYY-MM, for example 2026-11.",
  },
  // Support: development suggestions (decisions, votes, the board's month, the attachment's size)
  SUGGESTION_DECISION_FORBIDDEN: {
    fi: "Vain tuotetiimi voi päättää kehitysehdotuksen tilasta.",
    en: "Only the product team can decide a suggestion's status.",
  },
  SUGGESTION_STATUS_UNKNOWN: {
    fi: "Tila: valitse jokin tiloista.",
    en: "Status: choose one of the statuses.",
  },
  SUGGESTION_STATUS_UNCHANGED: {
    fi: "Tila: ehdotus on jo tässä tilassa.",
    en: "Status: the suggestion already has this status.",
  },
  SUGGESTION_MOVE_NOT_ALLOWED: {
    fi: "Tila: ehdotusta ei voi siirtää nykyisestä tilastaan valittuun tilaan (toteutettu on lopullinen).",
    en: "Status: the suggestion cannot move from its current status to the chosen one (done is final).",
  },
  SUGGESTION_REASON_REQUIRED: {
    fi: "Perustelu: kerro lyhyesti, miksi tila muuttuu.",
    en: "Reason: say briefly why the status changes.",
  },
  SUGGESTION_REASON_TOO_LONG: {
    fi: "Perustelu: enintään 1 000 merkkiä.",
    en: "Reason: at most 1,000 characters.",
  },
  SUGGESTION_ALREADY_MERGED: {
    fi: "Ehdotus on jo yhdistetty toiseen samanlaiseen ehdotukseen.",
    en: "The suggestion has already been merged into a similar one.",
  },
  SUGGESTION_MERGE_SELF: {
    fi: "Kohde: ehdotusta ei voi yhdistää itseensä; valitse toinen ehdotus.",
    en: "Target: a suggestion cannot be merged into itself; choose another one.",
  },
  SUGGESTION_MERGE_TARGET_MERGED: {
    fi: "Kohde: valittu ehdotus on itse yhdistetty toiseen; valitse se, johon se yhdistettiin.",
    en: "Target: the chosen suggestion was itself merged; choose the one it was merged into.",
  },
  SUGGESTION_MERGE_DONE: {
    fi: "Toteutettua ehdotusta ei voi yhdistää toiseen.",
    en: "A suggestion that is done cannot be merged into another.",
  },
  SUGGESTION_VOTE_OWN: {
    fi: "Omaa ehdotusta ei voi äänestää; äänestä muiden ehdotuksia.",
    en: "You cannot vote for your own suggestion; vote for others' suggestions.",
  },
  SUGGESTION_VOTE_MERGED: {
    fi: "Ehdotus on yhdistetty toiseen: äänestä sitä ehdotusta.",
    en: "This suggestion was merged into another: vote for that one.",
  },
  SUGGESTION_VOTE_CLOSED: {
    fi: "Toteutettua tai hylättyä ehdotusta ei voi enää äänestää.",
    en: "A suggestion that is done or declined can no longer be voted for.",
  },
  SUGGESTION_MONTH_INVALID: {
    fi: "Kuukausi: anna kuukausi muodossa VVVV-KK, esimerkiksi 2026-11.",
    en: "Month: give the month as YYYY-MM, for example 2026-11.",
  },
  SUGGESTION_ATTACHMENT_TOO_LARGE: {
    fi: "Liite: tiedosto on liian suuri (enintään 640 kt).",
    en: "Attachment: the file is too large (at most 640 KB).",
  },
  // Support: callbacks promised on the phone, and the workspace's status and merge decisions
  CALLBACK_TIME_INVALID: {
    fi: "Anna soittoajalle päivä ja kellonaika.",
    en: "Give the callback a date and a time.",
  },
  CALLBACK_TIME_PAST: {
    fi: "Luvattu soittoaika on jo mennyt: valitse tuleva aika.",
    en: "The promised callback time has already passed: choose a time to come.",
  },
  CALLBACK_TIME_TOO_FAR: {
    fi: "Soittoaika voi olla enintään {days} päivän päässä.",
    en: "The callback time can be at most {days} days ahead.",
  },
  CALLBACK_OUTSIDE_HOURS: {
    fi: "Luvattu soittoaika ei ole linjan aukioloaikana: linja palvelee arkipäivisin klo {open}–{close}, ei viikonloppuisin eikä pyhäpäivinä.",
    en: "The promised callback time is outside the line's opening hours: the line is open on business days {open}–{close}, not at weekends or on public holidays.",
  },
  WORKSPACE_TICKET_MERGED: {
    fi: "Tukipyyntö on yhdistetty toiseen pyyntöön: jatka siinä.",
    en: "The support request has been merged into another one: continue there.",
  },
  WORKSPACE_STATUS_NOT_ALLOWED: {
    fi: "Tilaa ”Uusi” ei voi asettaa käsittelyn alettua: valitse toinen tila.",
    en: "The status “New” cannot be set once work has started: choose another status.",
  },
  WORKSPACE_MERGE_SAME: {
    fi: "Pyyntöä ei voi yhdistää itseensä: anna toisen pyynnön numero.",
    en: "A request cannot be merged into itself: give the number of another request.",
  },
  WORKSPACE_MERGE_TARGET_CLOSED: {
    fi: "Kohdepyyntö on suljettu tai yhdistetty: valitse avoin pyyntö, johon yhdistetään.",
    en: "The target request is closed or merged: choose an open request to merge into.",
  },
  REFERENCE_RATE_YEAR_INVALID: {
    fi: "Anna vuosi väliltä 1999–2100.",
    en: "Give a year between 1999 and 2100.",
  },
  REFERENCE_RATE_HALF_INVALID: {
    fi: "Valitse puolivuotiskausi: 1.1.–30.6. tai 1.7.–31.12.",
    en: "Choose the half-year: 1 Jan–30 Jun or 1 Jul–31 Dec.",
  },
  REFERENCE_RATE_NEGATIVE: {
    fi: "Viitekorko ei voi olla negatiivinen: pienin mahdollinen on 0 %.",
    en: "The reference rate cannot be negative: the lowest possible is 0 %.",
  },
  REFERENCE_RATE_TOO_HIGH: {
    fi: "Viitekorko voi olla enintään 20 %: tarkista luku Suomen Pankin ilmoituksesta.",
    en: "The reference rate can be at most 20 %: check the figure in Suomen Pankki's notice.",
  },
  REFERENCE_RATE_STEP: {
    fi: "Viitekorko on aina puolen prosenttiyksikön tarkkuudella (esim. 2,5 % tai 3 %), koska EKP:n korko pyöristetään ylöspäin seuraavaan puoleen prosenttiyksikköön.",
    en: "The reference rate is always a multiple of half a percentage point (e.g. 2.5 % or 3 %): the ECB's rate is rounded up to the next half point.",
  },
  REFERENCE_RATE_SOURCE_REQUIRED: {
    fi: "Kerro koron lähde (esim. Suomen Pankin ilmoituksen osoite).",
    en: "Give the rate's source (e.g. the address of Suomen Pankki's notice).",
  },
  REFERENCE_RATE_SOURCE_TOO_LONG: {
    fi: "Lähde voi olla enintään 500 merkkiä.",
    en: "The source can be at most 500 characters.",
  },
  CUSTOMER_LANGUAGE_INVALID: {
    fi: "Valitse asiakkaan kieli: suomi, ruotsi tai englanti.",
    en: "Choose the customer's language: Finnish, Swedish or English.",
  },
  EVENT_UNITS_EXCEED_VOUCHER: {
    fi: "Palvelusetelillä on jäljellä {left}: {asked} ei mahdu siihen. Kirjaa enintään jäljellä oleva määrä.",
    en: "The voucher has {left} left: {asked} does not fit. Record at most what is left.",
  },
  EVENT_VALUE_EXCEEDS_BALANCE: {
    fi: "Palvelusetelin saldoa on jäljellä {left}: tapahtuman setelin osuus {asked} ylittää sen. Vähennä yksiköitä.",
    en: "The voucher has {left} of balance left: the event's voucher share {asked} exceeds it. Record fewer units.",
  },
  EVENT_UNITS_EXCEED_SLOT: {
    fi: "{asked} ei mahdu tapahtuman aikaan: alun ja lopun välissä on vain {slot}. Korjaa yksiköt tai kellonajat.",
    en: "{asked} does not fit the event's time: there are only {slot} between its start and end. Correct the units or the times.",
  },
  VOUCHER_NUMBER_INVALID: {
    fi: "Palvelusetelin numerossa voi olla 3–30 kirjainta, numeroa tai väliviivaa, esimerkiksi PS-2026-0001.",
    en: "A voucher number has 3–30 letters, digits or hyphens, for example PS-2026-0001.",
  },
  CREDIT_REASON_CODE_INVALID: {
    fi: "Syykoodissa voi olla 1–30 kirjainta, numeroa, väliviivaa tai alaviivaa, esimerkiksi VIRHE-01.",
    en: "A reason code has 1–30 letters, digits, hyphens or underscores, for example ERROR-01.",
  },
  TIME_INVALID: {
    fi: "Anna päivä ja kellonaika, esimerkiksi 3.11.2026 klo 9.00.",
    en: "Give a date and a time, for example 3 Nov 2026 9:00.",
  },
  PERIOD_INVALID: {
    fi: "Anna kausi kuukautena, esimerkiksi 11/2026.",
    en: "Give the period as a month, for example 11/2026.",
  },
  EMAIL_INVALID: {
    fi: "Sähköpostiosoite ei ole oikean muotoinen, esimerkiksi nimi@esimerkki.fi.",
    en: "The e-mail address is not in the right form, for example name@example.com.",
  },
  UNITS_NOT_POSITIVE: { fi: "Anna nollaa suurempi määrä.", en: "Enter an amount greater than zero." },
  UNITS_TOO_LARGE: { fi: "Yksiköitä voi olla enintään 10 000.", en: "There can be at most 10,000 units." },
  QUANTITY_TOO_LARGE: { fi: "Määrä voi olla enintään 100 000.", en: "The quantity can be at most 100,000." },
  AMOUNT_NOT_POSITIVE: { fi: "Anna nollaa suurempi summa.", en: "Enter an amount greater than zero." },
  AMOUNT_TOO_LARGE: { fi: "Summa voi olla enintään 100 000,00 €.", en: "The amount can be at most €100,000.00." },
  UNIT_PRICE_TOO_LARGE: { fi: "Yksikköhinta voi olla enintään 100 000,00 €.", en: "The unit price can be at most €100,000.00." },
  BALANCE_TOO_LARGE: { fi: "Saldo voi olla enintään 1 000 000,00 €.", en: "The balance can be at most €1,000,000.00." },
  VOUCHER_KIND_INVALID: {
    fi: "Valitse, myönnetäänkö yksiköitä vai euromääräinen saldo.",
    en: "Choose whether units or a euro balance is granted.",
  },
  FIELD_REQUIRED: { fi: "Täytä tämä kenttä.", en: "Fill in this field." },

  // Invoices and customers: sanity at input
  INVOICE_DATE_OUT_OF_WINDOW: {
    fi: "Laskun päivämäärän on oltava välillä {from}–{to}: enintään 12 kuukautta taaksepäin ja 3 kuukautta eteenpäin tästä päivästä. Kauempana oleva päivä on yleensä kirjoitusvirhe.",
    en: "The invoice date must be between {from} and {to}: at most 12 months back and 3 months ahead of today. A date further away is usually a typing error.",
  },
  INVOICE_DUE_DATE_OUT_OF_WINDOW: {
    fi: "Eräpäivän ({due}) on oltava välillä {from}–{to}: aikaisintaan laskun päivänä ja enintään 12 kuukautta sen jälkeen.",
    en: "The due date ({due}) must be between {from} and {to}: on the invoice date at the earliest and at most 12 months after it.",
  },
  DELIVERY_DATE_OUT_OF_WINDOW: {
    fi: "Toimituspäivän on oltava välillä {from}–{to}: enintään 12 kuukautta ennen laskun päivää tai sen jälkeen.",
    en: "The delivery date must be between {from} and {to}: at most 12 months before or after the invoice date.",
  },
  INVOICE_TOTAL_NEGATIVE: {
    fi: "Laskun loppusumma ({total}) on negatiivinen. Tavallisen laskun summa ei voi olla alle 0 €: hyvitä lähetetty lasku hyvityslaskulla.",
    en: "The invoice total ({total}) is negative. An ordinary invoice cannot total less than 0 €: credit a sent invoice with a credit note.",
  },
  INVOICE_TOTAL_TOO_LARGE: {
    fi: "Laskun loppusumma ({total}) on liian suuri: enintään 999 999 999,99 €, jonka maksun QR-koodi vielä välittää.",
    en: "The invoice total ({total}) is too large: at most €999,999,999.99, which the payment QR code can still carry.",
  },
  INVOICE_ROW_TOO_LARGE: {
    fi: "Rivin summa (määrä × yksikköhinta veroineen) on liian suuri: enintään 999 999 999,99 €.",
    en: "The row amount (quantity × unit price with VAT) is too large: at most €999,999,999.99.",
  },
  INVOICE_AMOUNT_TOO_LARGE: {
    fi: "Summa on liian suuri: enintään 999 999 999,99 €.",
    en: "The amount is too large: at most €999,999,999.99.",
  },
  PAYMENT_DATE_IN_FUTURE: {
    fi: "Maksupäivä {date} on tulevaisuudessa: kirjaa maksu, kun se on saapunut (maksupäivä viimeistään tänään {today}).",
    en: "The payment date {date} is in the future: record a payment once it has arrived (dated today, {today}, at the latest).",
  },
  TEXT_HAS_IDENTITY_CODE: {
    fi: "Henkilötunnusta ei saa kirjoittaa laskulle eikä asiakastietoihin, koska se tulostuisi asiakirjoihin: poista se. Tunnista asiakas asiakasnumerolla.",
    en: "A personal identity code must not be written on an invoice or in customer details, as it would be printed on documents: remove it. Identify the customer by a customer number.",
  },
  COUNTRY_CODE_UNKNOWN: {
    fi: "”{code}” ei ole maakoodi. Anna maan kaksikirjaiminen ISO 3166 -koodi, esimerkiksi FI (Suomi) tai SE (Ruotsi).",
    en: "“{code}” is not a country code. Give the country's two-letter ISO 3166 code, for example FI (Finland) or SE (Sweden).",
  },
  COUNTRY_CODE_IS_NAME: {
    fi: "Anna maa kaksikirjaimisena koodina: ”{name}” on {code}.",
    en: "Give the country as its two-letter code: “{name}” is {code}.",
  },
  POSTAL_CODE_FI_INVALID: {
    fi: "Suomen (FI) postinumerossa on viisi numeroa, esimerkiksi 00100.",
    en: "A postal code in Finland (FI) has five digits, for example 00100.",
  },
  BUSINESS_ID_INVALID: {
    fi: "Y-tunnus on virheellinen: seitsemän numeroa, väliviiva ja tarkistusnumero, esimerkiksi 1234567-1.",
    en: "The business ID is not valid: seven digits, a hyphen and a check digit, for example 1234567-1.",
  },
  PASSWORD_TOO_SHORT: {
    fi: "Salasanassa on oltava vähintään 12 merkkiä.",
    en: "The password must have at least 12 characters.",
  },
  // Voucher searches and charts
  DATE_RANGE_TOO_LONG: {
    fi: "Aikaväli voi olla enintään vuoden (366 päivää). Lyhennä aikaväliä.",
    en: "The date range can be at most a year (366 days). Shorten the range.",
  },
  PERIOD_RANGE_TOO_LONG: {
    fi: "Kuukausia voi olla enintään 24. Lyhennä aikaväliä.",
    en: "The range can be at most 24 months. Shorten the range.",
  },
};
