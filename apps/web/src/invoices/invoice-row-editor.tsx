import { Button, Field, Money, SelectField } from "@reskontra/ui";
import { useInvoiceText } from "./use-invoice-text";
import type { InvoiceMessageKey } from "./messages";
import { formatRate, rateToBasisPoints, rowAmounts } from "./invoice-amounts";
import { emptyRow, type ParsedRow, type RowForm } from "./invoice-form-model";
import { VAT_RATES } from "./labels";

interface Props {
  rows: RowForm[];
  parsed: ParsedRow[];
  errors: Record<string, string>;
  onChange: (rows: RowForm[]) => void;
}

/** The invoice's rows as one editable table; each row shows its own gross total while typing. */
export function InvoiceRowEditor({ rows, parsed, errors, onChange }: Props) {
  const { t, locale } = useInvoiceText();

  function update(index: number, patch: Partial<RowForm>) {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  }

  function rateOptions(current: string) {
    // A rate saved earlier but no longer offered stays selectable, so editing never changes it silently.
    const rates: string[] = VAT_RATES.includes(current as (typeof VAT_RATES)[number]) ? [...VAT_RATES] : [current, ...VAT_RATES];
    return rates.map((r) => ({ value: r, label: `${formatRate(rateToBasisPoints(r), locale)} %` }));
  }

  const label = (key: InvoiceMessageKey, n: number) => `${t(key)}, ${t("form.row.label", { n })}`;

  return (
    <>
      <table className="invoice-rows">
        <thead>
          <tr>
            <th scope="col">{t("form.row.description")}</th>
            <th scope="col">{t("form.row.quantity")}</th>
            <th scope="col">{t("form.row.unit")}</th>
            <th scope="col">{t("form.row.unitPrice")}</th>
            <th scope="col">{t("form.row.vatRate")}</th>
            <th scope="col" style={{ textAlign: "right" }}>
              {t("form.row.total")}
            </th>
            <th scope="col">
              <span className="rk-visually-hidden">{t("form.row.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const p = parsed[i];
            const n = i + 1;
            return (
              <tr key={row.key}>
                <td>
                  <Field
                    label={label("form.row.description", n)}
                    value={row.description}
                    onChange={(e) => update(i, { description: e.target.value })}
                    error={errors[`rows.${i}.description`]}
                  />
                </td>
                <td>
                  <Field
                    label={label("form.row.quantity", n)}
                    inputMode="decimal"
                    size={6}
                    value={row.quantity}
                    onChange={(e) => update(i, { quantity: e.target.value })}
                    error={errors[`rows.${i}.quantity`]}
                  />
                </td>
                <td>
                  <Field
                    label={label("form.row.unit", n)}
                    size={5}
                    value={row.unit}
                    onChange={(e) => update(i, { unit: e.target.value })}
                    error={errors[`rows.${i}.unit`]}
                  />
                </td>
                <td>
                  <Field
                    label={label("form.row.unitPrice", n)}
                    inputMode="decimal"
                    size={10}
                    value={row.unitPrice}
                    onChange={(e) => update(i, { unitPrice: e.target.value })}
                    error={errors[`rows.${i}.unitPriceCents`]}
                  />
                </td>
                <td>
                  <SelectField
                    label={label("form.row.vatRate", n)}
                    value={row.vatRate}
                    onChange={(e) => update(i, { vatRate: e.target.value })}
                    options={rateOptions(row.vatRate)}
                    error={errors[`rows.${i}.vatRatePercent`]}
                  />
                </td>
                <td style={{ textAlign: "right", paddingTop: "0.5rem" }}>
                  {p?.ok ? (
                    <Money cents={rowAmounts(p.quantityMilli, p.unitPriceCents, p.vatBasisPoints).grossCents} locale={locale} />
                  ) : (
                    "–"
                  )}
                </td>
                <td>
                  {rows.length > 1 ? (
                    <Button
                      variant="secondary"
                      aria-label={t("form.row.remove", { n })}
                      onClick={() => onChange(rows.filter((_, j) => j !== i))}
                    >
                      ×
                    </Button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Button variant="secondary" onClick={() => onChange([...rows, emptyRow()])}>
        {t("form.row.add")}
      </Button>
    </>
  );
}
