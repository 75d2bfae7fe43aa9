import { formatMoney } from "@reskontra/domain";
import { GroupedBars } from "../charts/grouped-bars";
import type { ReceivablesAgeing } from "./api-types";
import { useInvoiceText } from "./use-invoice-text";

// Its own chunk with the shared chart component: visx loads with the receivables screen only.

/** The open amount of each ageing bucket as bars; the description states every figure for a screen reader. */
export default function AgeingChart({ totals }: { totals: ReceivablesAgeing["totals"] }) {
  const { t, locale } = useInvoiceText();
  const groups = totals.map((b) => ({
    key: b.bucket,
    label: t(`ageing.bucket.${b.bucket}`),
    // The chart's scale in euros; the exact cents are in the table beside it.
    values: { open: b.openCents / 100 },
  }));
  const summary = totals.map((b) => `${t(`ageing.bucket.${b.bucket}`)} ${formatMoney(b.openCents, locale)}`).join("; ");
  return (
    <GroupedBars
      testId="ageing-chart"
      title={t("ageing.chart")}
      description={t("ageing.chartDesc", { summary })}
      groups={groups}
      series={[{ key: "open", label: t("ageing.legend"), color: "#1f5fa8" }]}
      locale={locale}
      unit={(value) => t("ageing.euros", { value })}
    />
  );
}
