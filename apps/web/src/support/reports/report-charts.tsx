import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { TICKET_CATEGORIES } from "@reskontra/domain";
import type { Locale } from "@reskontra/ui";
import { useId } from "react";
import type { MonthlyReport } from "./api-types";
import { formatFigure, minutesToHours, useReportText } from "./texts";

// The report's charts, in their own chunk: visx (d3 scales and React SVG) loads with this page only.

type Series = { key: string; label: string; color: string };
type Group_ = { key: string; label: string; values: Record<string, number | null> };

const WIDTH = 640;
const HEIGHT = 280;
const MARGIN = { top: 16, right: 16, bottom: 64, left: 48 };

/**
 * Grouped bars as an accessible SVG: role="img" with a title and a description that states every
 * figure, a <title> on each bar, and a legend in text. The figures table above is the same data.
 */
function GroupedBars({
  title,
  description,
  groups,
  series,
  locale,
  unit,
  testId,
  integers = false,
}: {
  title: string;
  description: string;
  groups: Group_[];
  series: Series[];
  locale: Locale;
  unit: (value: string) => string;
  testId: string;
  /** Counts tick at whole numbers only. */
  integers?: boolean;
}) {
  const id = useId();
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const max = Math.max(1, ...groups.flatMap((g) => series.map((s) => g.values[s.key] ?? 0)));
  const x = scaleBand<string>({ domain: groups.map((g) => g.key), range: [0, innerWidth], padding: 0.25 });
  const inner = scaleBand<string>({ domain: series.map((s) => s.key), range: [0, x.bandwidth()], padding: 0.1 });
  const y = scaleLinear<number>({ domain: [0, max], range: [innerHeight, 0], nice: true });
  const labelOf = new Map(groups.map((g) => [g.key, g.label]));
  return (
    <figure className="support-report-chart" data-testid={testId}>
      <figcaption>
        <strong>{title}</strong>
        <ul className="support-report-legend">
          {series.map((s) => (
            <li key={s.key}>
              <span aria-hidden="true" className="support-report-swatch" style={{ background: s.color }} />
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <Group left={MARGIN.left} top={MARGIN.top}>
          {groups.map((g) => (
            <Group key={g.key} left={x(g.key) ?? 0}>
              {series.map((s) => {
                const value = g.values[s.key] ?? 0;
                const barY = y(value);
                return (
                  <Bar
                    key={s.key}
                    x={inner(s.key) ?? 0}
                    y={barY}
                    width={inner.bandwidth()}
                    height={Math.max(0, innerHeight - barY)}
                    fill={s.color}
                  >
                    <title>{`${g.label}, ${s.label}: ${unit(formatFigure(value, locale))}`}</title>
                  </Bar>
                );
              })}
            </Group>
          ))}
          <AxisLeft
            scale={y}
            tickValues={integers ? y.ticks(Math.min(5, max)).filter(Number.isInteger) : y.ticks(5)}
            tickFormat={(v) => formatFigure(Number(v), locale)}
          />
          <AxisBottom
            top={innerHeight}
            scale={x}
            tickFormat={(key) => labelOf.get(key) ?? key}
            tickLabelProps={{ fontSize: 10, textAnchor: "middle", width: x.bandwidth() + 12 }}
          />
        </Group>
      </svg>
    </figure>
  );
}

/** The monthly report's two charts: requests and calls by category; response times in business hours. */
export function ReportCharts({ report }: { report: MonthlyReport }) {
  const { rt, locale } = useReportText();
  const count = (v: string) => v;
  const hours = (v: string) => rt("hours", { value: v });
  const categories: Group_[] = TICKET_CATEGORIES.map((c) => ({
    key: c,
    label: rt(`category.${c}`),
    values: { requests: report.requests.byCategory[c], calls: report.calls.byCategory[c] },
  }));
  const categorySummary = categories
    .map((g) => `${g.label}: ${rt("legend.requests")} ${g.values.requests ?? 0}, ${rt("legend.calls")} ${g.values.calls ?? 0}`)
    .join("; ");
  const h = (m: number | null) => (m === null ? null : minutesToHours(m));
  const times: Group_[] = [
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
