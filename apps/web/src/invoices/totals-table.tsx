import { Money } from "@reskontra/ui";
import { useInvoiceText } from "./use-invoice-text";
import { formatRate, type Totals } from "./invoice-amounts";

/** Net, one VAT line per rate, and the total — the same breakdown the PDF prints. */
export function TotalsTable({ totals, testId }: { totals: Totals; testId?: string }) {
  const { t, locale } = useInvoiceText();
  return (
    <table className="invoice-totals" data-testid={testId}>
      <tbody>
        <tr>
          <th scope="row">{t("totals.net")}</th>
          <td>
            <Money cents={totals.netCents} locale={locale} />
          </td>
        </tr>
        {totals.byRate.map((line) => (
          <tr key={line.vatBasisPoints}>
            <th scope="row">{t("totals.vatLine", { rate: formatRate(line.vatBasisPoints, locale) })}</th>
            <td>
              <Money cents={line.vatCents} locale={locale} />
            </td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t("totals.vat")}</th>
          <td>
            <Money cents={totals.vatCents} locale={locale} />
          </td>
        </tr>
        <tr className="invoice-totals__gross">
          <th scope="row">{t("totals.gross")}</th>
          <td>
            <Money cents={totals.grossCents} locale={locale} />
          </td>
        </tr>
      </tbody>
    </table>
  );
}
