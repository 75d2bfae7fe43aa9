import { defineDocumentMessages } from "@reskontra/i18n";

/** The rows and the note a reminder adds to the original invoice, printed on the reminder. */
export const reminderDocumentMessages = defineDocumentMessages({
  fi: {
    fee: "Muistutusmaksu",
    compensation: "Kiinteä korvaus perintäkuluista (laki kaupallisten sopimusten maksuehdoista 10 §)",
    interest: "Viivästyskorko {rate} {from}–{to}",
    interestPeriod: "Viivästyskorko {rate} ajalta {from}–{to} ({days} pv)",
    // An ordinal ("2. maksumuistutus"), not a count: no plural forms.
    note: "{sequence}. maksumuistutus. Maksathan erääntyneen laskun ja muistutuksen kulut viimeistään eräpäivänä samalla viitenumerolla. Jos olet jo maksanut, tämä muistutus on aiheeton.",
  },
  en: {
    fee: "Reminder fee",
    compensation: "Fixed compensation for recovery costs (Act on payment terms in commercial contracts, s. 10)",
    interest: "Late interest {rate} {from}–{to}",
    interestPeriod: "Late interest {rate} for {from}–{to} ({days} days)",
    note: "Payment reminder no. {sequence}. Please pay the overdue invoice and the reminder's charges by the due date with the same reference. If you have already paid, please disregard this reminder.",
  },
  sv: {
    fee: "Påminnelseavgift",
    compensation: "Fast ersättning för indrivningskostnader (lagen om betalningsvillkor i kommersiella avtal 10 §)",
    interest: "Dröjsmålsränta {rate} {from}–{to}",
    interestPeriod: "Dröjsmålsränta {rate} för {from}–{to} ({days} dagar)",
    note: "Betalningspåminnelse nr {sequence}. Vänligen betala den förfallna fakturan och påminnelsens kostnader senast på förfallodagen med samma referensnummer. Om du redan har betalat kan du bortse från denna påminnelse.",
  },
});

export type ReminderDocumentTexts = (typeof reminderDocumentMessages)["fi"];
