import { TICKET_CATEGORIES } from "@reskontra/domain";
import type { MonthlyReport } from "./api-types";
import { type ChartGroup, GroupedBars } from "../../charts/grouped-bars";
import { formatFigure, minutesToHours, useReportText } from "./texts";

// The report's charts, in their own chunk with the shared chart component: visx loads with this page only.

/** The monthly report's two charts: requests and calls by category; response times in business hours. */
export function ReportCharts({ report }: { report: MonthlyReport }) {
  const { rt, locale } = useReportText();
  const count = (v: string) => v;
  const hours = (v: string) => rt("hours", { value: v });
  const categories: ChartGroup[] = TICKET_CATEGORIES.map((c) => ({
    key: c,
    label: rt(`category.${c}`),
    values: { requests: report.requests.byCategory[c], calls: report.calls.byCategory[c] },
  }));
  const categorySummary = categories
    .map((g) => `${g.label}: ${rt("legend.requests")} ${g.values.requests ?? 0}, ${rt("legend.calls")} ${g.values.calls ?? 0}`)
    .join("; ");
  const h = (m: number | null) => (m === null ? null : minutesToHours(m));
  const times: ChartGroup[] = [
    {
      key: "firstResponse",
      label: rt("head.firstResponse"),
      values: { median: h(report.firstResponse.medianMinutes), p90: h(report.firstResponse.p90Minutes) },
    },
    {
      key: "resolution",
      label: rt("head.resolution"),
      values: { median: h(report.resolution.medianMinutes), p90: h(report.resolution.p90Minutes) },
    },
  ];
  const show = (v: number | null) => (v === null ? rt("none") : hours(formatFigure(v, locale)));
  const timesSummary = times
    .map(
      (g) =>
        `${g.label}: ${rt("legend.median")} ${show(g.values.median ?? null)}, ${rt("legend.p90")} ${show(g.values.p90 ?? null)}`,
    )
    .join("; ");
  return (
    <div className="support-report-charts">
      <GroupedBars
        testId="report-chart-categories"
        title={rt("chart.categories")}
        description={rt("chart.categoriesDesc", { summary: categorySummary })}
        groups={categories}
        series={[
          { key: "requests", label: rt("legend.requests"), color: "#1f5fa8" },
          { key: "calls", label: rt("legend.calls"), color: "#c8691c" },
        ]}
        locale={locale}
        unit={count}
        integers
      />
      <GroupedBars
        testId="report-chart-times"
        title={rt("chart.times")}
        description={rt("chart.timesDesc", { summary: timesSummary })}
        groups={times}
        series={[
          { key: "median", label: rt("legend.median"), color: "#2e7d4f" },
          { key: "p90", label: rt("legend.p90"), color: "#7b3fa0" },
        ]}
        locale={locale}
        unit={hours}
      />
    </div>
  );
}
