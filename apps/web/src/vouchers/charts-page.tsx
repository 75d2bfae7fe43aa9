import { settlementTotalsInput } from "@reskontra/contracts/vouchers";
import { formatPeriod, helsinkiToday, periodOf } from "@reskontra/domain";
import { Alert, Button, Card, Field, formatMoney, Money } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { GroupedBars, type ChartGroup, type ChartSeries } from "../charts/grouped-bars";
import { formatFigure } from "../charts/format-figure";
import { schemaErrors } from "../forms/input-resolver";
import { refusalOf, useTRPC } from "../trpc";
import { useVoucherText } from "./texts";

// Loaded lazily from the voucher routes: visx comes with this page only, never with the first screen.

const COLORS = ["#1f5fa8", "#c8691c", "#2e7d4f", "#7b3fa0", "#a11d3a", "#4d6b7a", "#8a5a00", "#2b8a8a"];

/** "2026-04" + n months. */
function addMonths(period: string, n: number): string {
  const index = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let p = from; p <= to && out.length < 60; p = addMonths(p, 1)) out.push(p);
  return out;
}

/** The voucher charts: settlement totals per month and provider (organizer), remaining hours per client (both roles). */
export function VoucherChartsPage({ organizerId, providerId }: { organizerId: string | null; providerId: string | null }) {
  const { v } = useVoucherText();
  return (
    <Card title={v("charts.title")}>
      {organizerId ? <SettlementChart organizerId={organizerId} /> : null}
      {organizerId ? (
        <UsageChart args={{ role: "organizer", organizationId: organizerId }} />
      ) : providerId ? (
        <UsageChart args={{ role: "provider", organizationId: providerId }} />
      ) : null}
    </Card>
  );
}

function SettlementChart({ organizerId }: { organizerId: string }) {
  const trpc = useTRPC();
  const { v, locale } = useVoucherText();
  const thisMonth = periodOf(helsinkiToday(new Date()));
  const [form, setForm] = useState({ from: addMonths(thisMonth, -11), to: thisMonth });
  const [range, setRange] = useState(form);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const totals = useQuery(trpc.vouchers.organizer.settlementTotals.queryOptions({ organizationId: organizerId, ...range }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = schemaErrors(settlementTotalsInput, form, locale);
    setErrors(found);
    if (Object.keys(found).length === 0) setRange(form);
  };
  const rows = totals.data?.rows ?? [];
  const providers = [...new Map(rows.map((r) => [r.providerId, r.providerName])).entries()];
  const series: ChartSeries[] = providers.map(([key, label], i) => ({
    key,
    label,
    color: COLORS[i % COLORS.length] ?? "#1f5fa8",
  }));
  const months = monthsBetween(range.from, range.to);
  const payable = (period: string, providerId: string) =>
    rows.find((r) => r.period === period && r.providerId === providerId)?.payableCents ?? null;
  const groups: ChartGroup[] = months.map((p) => ({
    key: p,
    label: formatPeriod(p, locale),
    values: Object.fromEntries(providers.map(([id]) => [id, (payable(p, id) ?? 0) / 100])),
  }));
  const summary = months
    .map((p) => {
      const parts = providers.map(([id, name]) => {
        const cents = payable(p, id);
        return `${name} ${cents === null ? v("charts.none") : formatMoney(cents, locale)}`;
      });
      return `${formatPeriod(p, locale)}: ${parts.join(", ")}`;
    })
    .join("; ");
  return (
    <section aria-labelledby="voucher-settlement-chart">
      <h3 id="voucher-settlement-chart">{v("charts.settlements")}</h3>
      <form className="voucher-filters" onSubmit={submit} noValidate>
        <Field
          label={v("charts.from")}
          type="month"
          value={form.from}
          onChange={(e) => setForm({ ...form, from: e.target.value })}
          error={errors.from ?? refusalOf(totals.error)?.fieldErrors.from?.[0]}
        />
        <Field
          label={v("charts.to")}
          type="month"
          value={form.to}
          onChange={(e) => setForm({ ...form, to: e.target.value })}
          error={errors.to ?? refusalOf(totals.error)?.fieldErrors.to?.[0]}
        />
        <Button type="submit">{v("charts.show")}</Button>
      </form>
      {totals.error && Object.keys(refusalOf(totals.error)?.fieldErrors ?? {}).length === 0 ? (
        <Alert>{refusalOf(totals.error)?.message}</Alert>
      ) : null}
      {totals.isPending ? (
        <p>{v("loading")}</p>
      ) : rows.length === 0 ? (
        <p className="rk-empty">{v("charts.settlementsEmpty")}</p>
      ) : (
        <>
          <GroupedBars
            testId="voucher-settlement-chart"
            title={v("charts.settlements")}
            description={v("charts.settlementsDesc", { summary })}
            groups={groups}
            series={series}
            locale={locale}
            unit={(value) => `${value} €`}
          />
          <details>
            <summary>{v("charts.figures")}</summary>
            <div className="rk-table-wrap">
              <table className="rk-table">
                <caption className="voucher-caption">{v("charts.settlements")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{v("col.period")}</th>
                    {providers.map(([id, name]) => (
                      <th key={id} scope="col" style={{ textAlign: "right" }}>
                        {name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {months.map((p) => (
                    <tr key={p}>
                      <th scope="row">{formatPeriod(p, locale)}</th>
                      {providers.map(([id]) => {
                        const cents = payable(p, id);
                        return (
                          <td key={id} style={{ textAlign: "right" }}>
                            {cents === null ? "–" : <Money cents={cents} locale={locale} />}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}

type UsageArgs = { role: "organizer" | "provider"; organizationId: string };

function UsageChart({ args }: { args: UsageArgs }) {
  const trpc = useTRPC();
  const { v, locale } = useVoucherText();
  const input = { organizationId: args.organizationId };
  const organizer = useQuery({ ...trpc.vouchers.organizer.voucherUsage.queryOptions(input), enabled: args.role === "organizer" });
  const provider = useQuery({ ...trpc.vouchers.provider.voucherUsage.queryOptions(input), enabled: args.role === "provider" });
  const usage = args.role === "organizer" ? organizer : provider;
  const rows = usage.data ?? [];
  const hours = rows.filter((r) => r.unit === "h");
  const figure = (n: number) => formatFigure(n, locale);
  const groups: ChartGroup[] = hours.map((r) => ({
    key: `${r.clientId}-${r.unit}`,
    label: r.clientName,
    values: { used: r.usedUnits, remaining: r.remainingUnits },
  }));
  const summary = hours
    .map(
      (r) =>
        `${r.clientName}: ${v("charts.used")} ${v("charts.hours", { value: figure(r.usedUnits) })}, ${v("charts.remaining")} ${v("charts.hours", { value: figure(r.remainingUnits) })}`,
    )
    .join("; ");
  return (
    <section aria-labelledby="voucher-usage-chart">
      <h3 id="voucher-usage-chart">{v("charts.usage")}</h3>
      <p className="rk-hint">{v("charts.usageHint")}</p>
      {usage.error ? <Alert>{refusalOf(usage.error)?.message}</Alert> : null}
      {usage.isPending ? (
        <p>{v("loading")}</p>
      ) : rows.length === 0 ? (
        <p className="rk-empty">{v("charts.usageEmpty")}</p>
      ) : (
        <>
          {hours.length > 0 ? (
            <GroupedBars
              testId="voucher-usage-chart"
              title={v("charts.usage")}
              description={v("charts.usageDesc", { summary })}
              groups={groups}
              series={[
                { key: "used", label: v("charts.used"), color: "#c8691c" },
                { key: "remaining", label: v("charts.remaining"), color: "#2e7d4f" },
              ]}
              locale={locale}
              unit={(value) => v("charts.hours", { value })}
            />
          ) : null}
          <div className="rk-table-wrap">
            <table className="rk-table" data-testid="voucher-usage-table">
              <caption className="voucher-caption">{v("charts.figures")}</caption>
              <thead>
                <tr>
                  <th scope="col">{v("col.client")}</th>
                  <th scope="col">{v("charts.unit")}</th>
                  <th scope="col" style={{ textAlign: "right" }}>
                    {v("charts.granted")}
                  </th>
                  <th scope="col" style={{ textAlign: "right" }}>
                    {v("charts.used")}
                  </th>
                  <th scope="col" style={{ textAlign: "right" }}>
                    {v("charts.remaining")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.clientId}-${r.unit}`}>
                    <th scope="row">{r.clientName}</th>
                    <td>{r.unit}</td>
                    <td style={{ textAlign: "right" }}>{figure(r.grantedUnits)}</td>
                    <td style={{ textAlign: "right" }}>{figure(r.usedUnits)}</td>
                    <td style={{ textAlign: "right" }}>{figure(r.remainingUnits)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
