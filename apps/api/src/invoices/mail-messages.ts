import { defineMessages } from "@reskontra/i18n";

/** The mail to an invoice's owner when customer service returns the invoice with questions. */
export const invoiceMailMessages = defineMessages({
  fi: {
    returnedSubject: "Asiakaspalvelu palautti laskun {number} korjattavaksi",
    returnedBody:
      "Hei {owner},\n\nasiakaspalvelu palautti laskusi {number} asiakkaalle {buyer} korjattavaksi. Asiakaspalvelu kysyy:\n\n{questions}\n\nVastaa ja korjaa lasku sovelluksessa, ja lähetä se sitten uudelleen käsiteltäväksi:\n{link}\n\nLasku lähtee asiakkaalle vasta, kun olet lähettänyt sen uudelleen.\n\nReskontra",
  },
  en: {
    returnedSubject: "Customer service returned invoice {number} for correction",
    returnedBody:
      "Hello {owner},\n\ncustomer service returned your invoice {number} to {buyer} for correction. Customer service asks:\n\n{questions}\n\nAnswer and correct the invoice in the app, then submit it again:\n{link}\n\nThe invoice goes to the customer only once you have submitted it again.\n\nReskontra",
  },
});
