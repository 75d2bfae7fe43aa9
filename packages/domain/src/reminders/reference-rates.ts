import { compareIsoDates, isIsoDate } from "../shared/dates";
import type { IsoDate } from "../shared/dates";
import { refuse } from "../shared/errors";
import type { Refusal } from "../shared/errors";

/** A half-year reference rate (viitekorko, Interest Act 12 §) in basis points (hundredths of a percent). */
export type ReferenceRatePeriod = { from: IsoDate; to: IsoDate; rateBp: number; source: string };

/** A half-year of the Interest Act: 1 = 1.1.–30.6., 2 = 1.7.–31.12. */
export type HalfYear = { year: number; half: 1 | 2 };
export type HalfYearSpan = HalfYear & { from: IsoDate; to: IsoDate };

/** The first and last day of a half-year. */
export function halfYearSpan(year: number, half: 1 | 2): HalfYearSpan {
  const y = String(year).padStart(4, "0");
  return half === 1 ? { year, half, from: `${y}-01-01`, to: `${y}-06-30` } : { year, half, from: `${y}-07-01`, to: `${y}-12-31` };
}

/** The half-year a date falls in. */
export function halfYearOf(date: IsoDate): HalfYearSpan {
  const year = Number(date.slice(0, 4));
  return halfYearSpan(year, Number(date.slice(5, 7)) <= 6 ? 1 : 2);
}

/** The half-year after the one given. */
export function nextHalfYear(h: HalfYear): HalfYearSpan {
  return h.half === 1 ? halfYearSpan(h.year, 2) : halfYearSpan(h.year + 1, 1);
}

/** The rate that applies on `date`, if the data has one. */
export function rateOn(rates: readonly ReferenceRatePeriod[], date: IsoDate): ReferenceRatePeriod | undefined {
  return rates.find((r) => compareIsoDates(r.from, date) <= 0 && compareIsoDates(date, r.to) <= 0);
}

/**
 * What a platform administrator may enter (the refusal texts name 20 % and 500 characters). The reference rate is the ECB's main refinancing rate
 * rounded UP to the next half percentage point, so it is always a multiple of 0,5 %; it has never
 * been negative (the rounding of 0 % gives 0 %), and above 20 % is a typing error (the highest ever
 * in force since 2002 was 4,5 %).
 */
export const REFERENCE_RATE_LIMITS = { minBp: 0, maxBp: 2000, stepBp: 50 } as const;

const SOURCE_MAX = 500;

export function validateReferenceRate(input: {
  year: number;
  half: number;
  rateBp: number;
  source: string;
}): { ok: true; period: HalfYearSpan } | Refusal {
  const { year, half, rateBp } = input;
  if (!Number.isInteger(year) || year < 1999 || year > 2100) return refuse("REFERENCE_RATE_YEAR_INVALID", "year");
  if (half !== 1 && half !== 2) return refuse("REFERENCE_RATE_HALF_INVALID", "half");
  if (!Number.isInteger(rateBp)) return refuse("REFERENCE_RATE_STEP", "rateBp");
  if (rateBp < REFERENCE_RATE_LIMITS.minBp) return refuse("REFERENCE_RATE_NEGATIVE", "rateBp");
  if (rateBp > REFERENCE_RATE_LIMITS.maxBp) {
    return refuse("REFERENCE_RATE_TOO_HIGH", "rateBp");
  }
  if (rateBp % REFERENCE_RATE_LIMITS.stepBp !== 0) return refuse("REFERENCE_RATE_STEP", "rateBp");
  const source = input.source.trim();
  if (source.length < 5) return refuse("REFERENCE_RATE_SOURCE_REQUIRED", "source");
  if (source.length > SOURCE_MAX) return refuse("REFERENCE_RATE_SOURCE_TOO_LONG", "source");
  return { ok: true, period: halfYearSpan(year, half) };
}

/** True when every value is a plain date-bounded half-year. */
export function isHalfYearPeriod(p: { from: IsoDate; to: IsoDate }): boolean {
  if (!isIsoDate(p.from) || !isIsoDate(p.to)) return false;
  const h = halfYearOf(p.from);
  return h.from === p.from && h.to === p.to;
}

const SP_TABLE =
  "https://reports.suomenpankki.fi/WebForms/ReportViewerPage.aspx?report=%2Ftilastot%2Fmarkkina-_ja_hallinnolliset_korot%2Fviitekorko_en";
const ECB_RATES = "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html";

/**
 * The known rates, which seed the database table `reference_rates` (migration 0014). From then
 * on the table is the truth and a platform administrator keeps it (reminders → reference rates);
 * the reminder run reads it from there, never from here.
 */
export const REFERENCE_RATES: readonly ReferenceRatePeriod[] = [
  { from: "2019-01-01", to: "2019-06-30", rateBp: 0, source: SP_TABLE },
  { from: "2019-07-01", to: "2019-12-31", rateBp: 0, source: SP_TABLE },
  { from: "2020-01-01", to: "2020-06-30", rateBp: 0, source: SP_TABLE },
  { from: "2020-07-01", to: "2020-12-31", rateBp: 0, source: SP_TABLE },
  { from: "2021-01-01", to: "2021-06-30", rateBp: 0, source: SP_TABLE },
  { from: "2021-07-01", to: "2021-12-31", rateBp: 0, source: SP_TABLE },
  { from: "2022-01-01", to: "2022-06-30", rateBp: 0, source: SP_TABLE },
  { from: "2022-07-01", to: "2022-12-31", rateBp: 0, source: SP_TABLE },
  { from: "2023-01-01", to: "2023-06-30", rateBp: 250, source: "https://finlex.fi/en/legislation/2022/1276" },
  { from: "2023-07-01", to: "2023-12-31", rateBp: 400, source: SP_TABLE },
  {
    from: "2024-01-01",
    to: "2024-06-30",
    rateBp: 450,
    source: "https://y-lehti.fi/korkolain-mukainen-viitekorko-ja-viivastyskorot-1-1-30-6-2024",
  },
  { from: "2024-07-01", to: "2024-12-31", rateBp: 450, source: SP_TABLE },
  {
    from: "2025-01-01",
    to: "2025-06-30",
    rateBp: 350,
    source:
      "https://www.sttinfo.fi/tiedote/70785866/reference-rate-and-penalty-interest-rates-for-1-january-30-june-2025?lang=en&publisherId=1865",
  },
  {
    from: "2025-07-01",
    to: "2025-12-31",
    rateBp: 250,
    source: `Interest Act 12 §: ECB main refinancing rate 2,15 % (from 11.6.2025) rounded up to 2,5 % (issue 12); ${ECB_RATES}`,
  },
  {
    from: "2026-01-01",
    to: "2026-06-30",
    rateBp: 250,
    source: "https://www.sttinfo.fi/tiedote/71709487/korkolain-mukainen-viitekorko-ja-viivastyskorot-11-3062026?lang=fi",
  },
  {
    from: "2026-07-01",
    to: "2026-12-31",
    rateBp: 250,
    source: `Interest Act 12 §: ECB main refinancing rate 2,15 % before 1.7.2026 rounded up to 2,5 % (not yet checked against Suomen Pankki's notice); ${ECB_RATES}`,
  },
];
