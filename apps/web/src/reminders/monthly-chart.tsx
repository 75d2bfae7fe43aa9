import { formatEuroAmount } from "@reskontra/domain";
import { useQuery } from "@tanstack/react-query";
import { type ChartGroup, GroupedBars } from "../charts/grouped-bars";
import { useTRPC } from "../trpc";
import { monthText } from "./month-text";
import { useReminderText } from "./texts";

// Its own chunk with the shared chart component: visx loads with the monthly page only.

/** Reminders sent, and the collection and transaction fees, in each of the last 12 months. */
export function MonthlyChart({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const { rt, locale } = useReminderText();
  const months = useQuery(trpc.reminders.monthChart.queryOptions({ organizationId }));
  if (!months.data) return <p>{rt("loading")}</p>;
  const label = (month: string) => monthText(locale, month);
  // The axis has room for "11/2026" under twelve bars; the description and the bars' titles say the month in full.
  const short = (month: string) => `${Number(month.slice(5))}/${month.slice(0, 4)}`;
  const counts: ChartGroup[] = months.data.map((m) => ({ key: m.month, label: short(m.month), values: { sent: m.sentCount } }));
  const fees: ChartGroup[] = months.data.map((m) => ({
    key: m.month,
    label: short(m.month),
    values: { fees: m.feeCents / 100, transaction: m.transactionFeeCents / 100 },
  }));
  const euros = (cents: number) => rt("chart.euros", { value: formatEuroAmount(cents, locale) });
  return (
    <div className="reminders-charts">
      <GroupedBars
        testId="reminders-chart-sent"
        title={rt("chart.sent")}
        description={rt("chart.sentDesc", {
          summary: months.data.map((m) => `${label(m.month)}: ${m.sentCount}`).join("; "),
        })}
        groups={counts}
        series={[{ key: "sent", label: rt("monthly.sent"), color: "#1f5fa8" }]}
        locale={locale}
        unit={(v) => rt("chart.count", { value: v })}
        integers
      />
      <GroupedBars
        testId="reminders-chart-fees"
        title={rt("chart.fees")}
        description={rt("chart.feesDesc", {
          summary: months.data
            .map(
              (m) =>
                `${label(m.month)}: ${rt("monthly.fees")} ${euros(m.feeCents)}, ${rt("monthly.transactionFees")} ${euros(m.transactionFeeCents)}`,
            )
            .join("; "),
        })}
        groups={fees}
        series={[
          { key: "fees", label: rt("monthly.fees"), color: "#1f5fa8" },
          { key: "transaction", label: rt("monthly.transactionFees"), color: "#c8691c" },
        ]}
        locale={locale}
        unit={(v) => rt("chart.euros", { value: v })}
      />
    </div>
  );
}
