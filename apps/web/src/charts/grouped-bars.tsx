import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import type { Locale } from "@reskontra/ui";
import { useId } from "react";
import "./charts.css";
import { formatFigure } from "./format-figure";

// The one chart library of the web app is visx (d3 scales and React SVG). Import this file only
// from a lazily loaded screen, so the charts load with the page that needs them, never with the first screen.

export type ChartSeries = { key: string; label: string; color: string };
export type ChartGroup = { key: string; label: string; values: Record<string, number | null> };

const WIDTH = 640;
const HEIGHT = 280;
const MARGIN = { top: 16, right: 16, bottom: 64, left: 48 };

/**
 * Grouped bars as an accessible SVG: role="img" with a title and a description that states every
 * figure, a <title> on each bar, and a legend in text. The figures table above is the same data.
 */
export function GroupedBars({
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
  groups: ChartGroup[];
  series: ChartSeries[];
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
    <figure className="rk-chart" data-testid={testId}>
      <figcaption>
        <strong>{title}</strong>
        <ul className="rk-chart-legend">
          {series.map((s) => (
            <li key={s.key}>
              <span aria-hidden="true" className="rk-chart-swatch" style={{ background: s.color }} />
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
