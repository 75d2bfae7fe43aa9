import type { Role } from "@reskontra/db";

export const DEMO_PASSWORD = "demo-salasana";

/** Fictional organizations; IBANs are the banks' published test accounts. */
export const DEMO_ORGANIZATIONS = {
  operator: {
    kind: "operator",
    name: "Reskontra Palvelut Oy",
    businessId: "1234567-1",
    billing: {
      street: "Laskukatu 1",
      postalCode: "00100",
      city: "Helsinki",
      email: "laskut@reskontra.fi",
      phone: "09 123 4567",
      iban: "FI2112345600000785",
      bic: "NDEAFIHH",
      einvoiceAddress: "003712345678",
      einvoiceOperator: "003721291126",
    },
  },
  aalto: { kind: "billing_company", name: "Aalto Design", businessId: null, billing: null },
  virtanen: {
    kind: "billing_company",
    name: "Kotipalvelu Virtanen",
    businessId: "2345678-0",
    billing: {
      street: "Hämeenkatu 10",
      postalCode: "33100",
      city: "Tampere",
      email: "ville.virtanen@demo.reskontra.fi",
      phone: null,
      iban: "FI5810171000000122",
      bic: "NDEAFIHH",
      einvoiceAddress: null,
      einvoiceOperator: null,
    },
  },
  pirkanmaa: { kind: "organizer", name: "Pirkanmaan hyvinvointialue", businessId: "3221316-6", billing: null },
} as const;

export type DemoOrganizationKey = keyof typeof DEMO_ORGANIZATIONS;

export const DEMO_PEOPLE: {
  email: string;
  name: string;
  userNumber: string | null;
  memberships: { organization: DemoOrganizationKey; role: Role }[];
  what: string;
}[] = [
  {
    email: "agentti@demo.reskontra.fi",
    name: "Anna Asiakaspalvelu",
    userNumber: null,
    memberships: [{ organization: "operator", role: "agent" }],
    what: "customer-service agent",
  },
  {
    email: "aino.aalto@demo.reskontra.fi",
    name: "Aino Aalto",
    userNumber: "100101",
    memberships: [{ organization: "aalto", role: "user" }],
    what: "user 100101",
  },
  {
    email: "ville.virtanen@demo.reskontra.fi",
    name: "Ville Virtanen",
    userNumber: "100102",
    memberships: [{ organization: "virtanen", role: "user" }],
    what: "user 100102 (also a voucher service provider)",
  },
  {
    email: "paakayttaja@demo.reskontra.fi",
    name: "Kaisa Kallio",
    userNumber: null,
    memberships: [{ organization: "virtanen", role: "company_admin" }],
    what: "company admin of Kotipalvelu Virtanen",
  },
  {
    email: "jarjestaja@demo.reskontra.fi",
    name: "Olli Ojala",
    userNumber: null,
    memberships: [{ organization: "pirkanmaa", role: "organizer_admin" }],
    what: "organizer admin, Pirkanmaan hyvinvointialue",
  },
  {
    email: "tuote@demo.reskontra.fi",
    name: "Tiina Tuotekehitys",
    userNumber: null,
    memberships: [{ organization: "operator", role: "product" }],
    what: "product team",
  },
  {
    email: "alusta@demo.reskontra.fi",
    name: "Aleksi Alusta",
    userNumber: null,
    memberships: [{ organization: "operator", role: "platform_admin" }],
    what: "platform administrator (keeps the late-interest reference rates)",
  },
];

/** The demo people's phone numbers, so the phone desk recognises them as callers. */
export const DEMO_PHONES: Record<string, string> = {
  "ville.virtanen@demo.reskontra.fi": "+358401234567",
  "aino.aalto@demo.reskontra.fi": "+358501112223",
  "paakayttaja@demo.reskontra.fi": "+358407654321",
};
