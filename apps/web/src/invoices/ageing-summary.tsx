import { Button, Money } from "@reskontra/ui";
import { lazy, Suspense } from "react";
import type { AgeingFilters, ReceivablesAgeing } from "./api-types";
import { useInvoiceText } from "./use-invoice-text";

const AgeingChart = lazy(() => import("./ageing-chart"));

/** Totals per ageing bucket (integer cents, Finnish money format), each a button that filters the list to it, and the chart. */
export function AgeingSummary({
  ageing,
  onBucket,
}: {
  ageing: ReceivablesAgeing;
  onBucket: (bucket: AgeingFilters["bucket"]) => void;
}) {
  const { t, locale } = useInvoiceText();
  return (
    <div className="invoice-ageing">
      <table className="rk-table" data-testid="ageing-totals">
        <caption>{t("ageing.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("ageing.col.bucket")}</th>
            <th scope="col" className="rk-num">
              {t("ageing.col.count")}
            </th>
            <th scope="col" className="rk-num">
              {t("ageing.col.open")}
            </th>
          </tr>
        </thead>
        <tbody>
          {ageing.totals.map((b) => (
            <tr key={b.bucket} data-testid={`ageing-bucket-${b.bucket}`}>
              <th scope="row">
                <Button
                  variant="secondary"
                  aria-label={t("ageing.showBucket", { bucket: t(`ageing.bucket.${b.bucket}`) })}
                  onClick={() => onBucket(b.bucket)}
                >
                  {t(`ageing.bucket.${b.bucket}`)}
                </Button>
              </th>
              <td className="rk-num" data-testid="ageing-count">
                {b.count}
              </td>
              <td className="rk-num" data-testid="ageing-open">
                <Money cents={b.openCents} locale={locale} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("ageing.total")}</th>
            <td className="rk-num">{ageing.totals.reduce((sum, b) => sum + b.count, 0)}</td>
            <td className="rk-num" data-testid="ageing-total-open">
              <Money cents={ageing.totalOpenCents} locale={locale} />
            </td>
          </tr>
        </tfoot>
      </table>
      <Suspense fallback={<p>{t("loading")}</p>}>
        <AgeingChart totals={ageing.totals} />
      </Suspense>
    </div>
  );
}
