import type { IsoDate } from "../shared/dates";

/** A half-year reference rate (viitekorko, Interest Act 12 §) in basis points. */
export type ReferenceRatePeriod = { from: IsoDate; to: IsoDate; rateBp: number; source: string };

const SP_TABLE =
  "https://reports.suomenpankki.fi/WebForms/ReportViewerPage.aspx?report=%2Ftilastot%2Fmarkkina-_ja_hallinnolliset_korot%2Fviitekorko_en";

/**
 * Data, not code: add each half-year when Suomen Pankki announces it (June and
 * December). 1.7.–31.12.2025 is missing because it could not be verified from a
 * source here; lateInterestCents refuses periods without a rate instead of guessing.
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
    from: "2026-01-01",
    to: "2026-06-30",
    rateBp: 250,
    source: "https://www.sttinfo.fi/tiedote/71709487/korkolain-mukainen-viitekorko-ja-viivastyskorot-11-3062026?lang=fi",
  },
];
