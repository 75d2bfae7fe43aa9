/** The languages a customer may be written to (the customer card's language); Finnish by default. */
export const CUSTOMER_LANGUAGES = ["fi", "sv", "en"] as const;

export type CustomerLanguage = (typeof CUSTOMER_LANGUAGES)[number];
