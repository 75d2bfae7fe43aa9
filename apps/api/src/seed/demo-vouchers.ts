/**
 * The voucher demo data of Pirkanmaan hyvinvointialue and its provider Kotipalvelu Virtanen.
 * Identity codes are FICTIONAL: individual numbers 900–999 are DVV's temporary/test range, and the
 * check characters are computed by the DVV algorithm so the codes validate.
 */
export const DEMO_VOUCHER_SETTINGS = { settlementDay: 5, autoApprove: false } as const;

export const DEMO_CREDIT_REASONS = [
  { code: "HINTA", labelFi: "Hinta tai määrä virheellinen", labelEn: "Wrong price or quantity" },
  { code: "EI_TOTEUTUNUT", labelFi: "Palvelu ei toteutunut", labelEn: "The service did not take place" },
  { code: "KAKSOIS", labelFi: "Kaksoiskirjaus", labelEn: "Recorded twice" },
  { code: "MUU", labelFi: "Muu syy", labelEn: "Other reason" },
] as const;

export const DEMO_SERVICES = [
  { code: "KOTIHOITO", name: "Säännöllinen kotihoito", unit: "h", providerPriceCents: 4800 },
  { code: "SIIVOUS", name: "Siivouspalvelu", unit: "h", providerPriceCents: 4000 },
  { code: "FYSIO", name: "Fysioterapia", unit: "käynti", providerPriceCents: 2000 },
] as const;

export type DemoServiceCode = (typeof DEMO_SERVICES)[number]["code"];

export interface DemoClient {
  key: string;
  name: string;
  hetu: string;
  customerNumber: string | null;
  address: { street: string; postalCode: string; city: string; email: string | null } | null;
}

export const DEMO_CLIENTS: DemoClient[] = [
  // The worked example of DESIGN.md §2: physiotherapy visits of 20,00 € fully covered by the voucher.
  { key: "eeva", name: "Eeva Esimerkki", hetu: "010150-902E", customerNumber: "V-1001", address: null },
  {
    key: "matti",
    name: "Matti Meikäläinen",
    hetu: "120345-9159",
    customerNumber: "V-1002",
    address: { street: "Satakunnankatu 20 B 7", postalCode: "33210", city: "Tampere", email: "matti.meikalainen@example.fi" },
  },
  // Visible to the provider only through a service-team right (no events yet).
  { key: "liisa", name: "Liisa Laine", hetu: "230562-928T", customerNumber: null, address: null },
  // Only an event from 2022: more than 3 years old, so the provider no longer finds her.
  { key: "oskari", name: "Oskari Vanhanen", hetu: "050538-941D", customerNumber: "V-0999", address: null },
];

export interface DemoPower {
  client: string;
  service: DemoServiceCode;
  voucherNumber: string;
  kind: "units" | "balance";
  unitValueCents: number;
  quantityMilli: number | null;
  balanceCents: number | null;
  validFrom: string;
  validTo: string;
}

export const DEMO_POWERS: DemoPower[] = [
  {
    client: "eeva",
    service: "FYSIO",
    voucherNumber: "PS-2026-0001",
    kind: "units",
    unitValueCents: 2000,
    quantityMilli: 20_000,
    balanceCents: null,
    validFrom: "2026-01-01",
    validTo: "2026-12-31",
  },
  {
    client: "matti",
    service: "KOTIHOITO",
    voucherNumber: "PS-2026-0002",
    kind: "units",
    unitValueCents: 4000,
    quantityMilli: 40_000,
    balanceCents: null,
    validFrom: "2026-01-01",
    validTo: "2027-06-30",
  },
  {
    client: "matti",
    service: "SIIVOUS",
    voucherNumber: "PS-2026-0003",
    kind: "balance",
    unitValueCents: 3500,
    quantityMilli: null,
    balanceCents: 150_000,
    validFrom: "2026-01-01",
    validTo: "2026-12-31",
  },
  {
    client: "liisa",
    service: "SIIVOUS",
    voucherNumber: "PS-2026-0004",
    kind: "balance",
    unitValueCents: 3500,
    quantityMilli: null,
    balanceCents: 100_000,
    validFrom: "2026-06-01",
    validTo: "2027-05-31",
  },
  {
    client: "oskari",
    service: "KOTIHOITO",
    voucherNumber: "PS-2022-0099",
    kind: "units",
    unitValueCents: 3500,
    quantityMilli: 10_000,
    balanceCents: null,
    validFrom: "2022-01-01",
    validTo: "2022-12-31",
  },
];

/** Events of the demo provider; Helsinki wall-clock times. */
export const DEMO_EVENTS = [
  { voucherNumber: "PS-2022-0099", start: "2022-05-10T09:00:00+03:00", hours: 2, content: "Kotihoitokäynti", state: "paid" },
  {
    voucherNumber: "PS-2026-0002",
    start: "2026-11-03T09:00:00+02:00",
    hours: 2,
    content: "Aamukäynti ja lääkkeet",
    state: "recorded",
  },
  { voucherNumber: "PS-2026-0002", start: "2026-11-10T09:00:00+02:00", hours: 1.5, content: "Aamukäynti", state: "recorded" },
  { voucherNumber: "PS-2026-0003", start: "2026-11-12T12:00:00+02:00", hours: 3, content: "Kotisiivous", state: "recorded" },
] as const;

export const DEMO_BOOKINGS = [
  { voucherNumber: "PS-2026-0002", start: "2026-12-01T09:00:00+02:00", hours: 2, content: "Aamukäynti" },
] as const;

export const DEMO_SERVICE_TEAM_RIGHTS = [
  { client: "eeva", service: "FYSIO", teamName: "Kuntoutuksen palvelutiimi", validFrom: "2026-01-01" },
  { client: "liisa", service: "SIIVOUS", teamName: "Tampereen kotihoidon palvelutiimi", validFrom: "2026-06-01" },
] as const;
