import type { ComponentProps, ReactNode } from "react";
import { useId } from "react";
import { useCardTitle } from "./card";
import { formatDate, formatDateTime, formatMoney, type Locale } from "./format";

export function Field({
  label,
  error,
  hint,
  ...input
}: ComponentProps<"input"> & { label: string; error?: string | undefined; hint?: string }) {
  const id = useId();
  return (
    <div className="rk-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...input} />
      {hint && !error ? <small className="rk-hint">{hint}</small> : null}
      {error ? (
        <small id={`${id}-error`} role="alert" className="rk-error">
          {error}
        </small>
      ) : null}
    </div>
  );
}

export function SelectField({
  label,
  error,
  options,
  ...select
}: ComponentProps<"select"> & {
  label: string;
  error?: string | undefined;
  options: { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <div className="rk-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <small role="alert" className="rk-error">
          {error}
        </small>
      ) : null}
    </div>
  );
}

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  align?: "left" | "right";
}

export function Table<Row>({
  columns,
  rows,
  rowKey,
  rowTestId,
  empty,
  caption,
}: {
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** A stable hook for end-to-end tests, e.g. the invoice number of the row. */
  rowTestId?: (row: Row) => string | undefined;
  empty: ReactNode;
  /** What the table lists, for screen readers (shown visually hidden); the surrounding card's title if not given. */
  caption?: string;
}) {
  const cardTitle = useCardTitle();
  const id = useId();
  const name = caption ?? (typeof cardTitle === "string" ? cardTitle : undefined);
  if (rows.length === 0) return <p className="rk-empty">{empty}</p>;
  // Wide tables (the reminder dry run, any table on a phone) scroll inside their own box instead of
  // spilling out of the page; the box can be focused, so a keyboard can scroll it too.
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling box must be reachable by keyboard (WCAG 2.1.1)
    <div className="rk-table-wrap" tabIndex={0} role="group" aria-labelledby={name ? `${id}-caption` : undefined}>
      <table className="rk-table">
        {name ? (
          <caption id={`${id}-caption`} className="rk-visually-hidden">
            {name}
          </caption>
        ) : null}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" style={{ textAlign: c.align ?? "left" }}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={rowTestId?.(row)}>
              {columns.map((c) => (
                <td key={c.key} style={{ textAlign: c.align ?? "left" }}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Money({ cents, locale = "fi" }: { cents: number; locale?: Locale }) {
  return <span className="rk-money">{formatMoney(cents, locale)}</span>;
}

export function DateText({ date, locale = "fi" }: { date: string; locale?: Locale }) {
  return <time dateTime={date}>{formatDate(date, locale)}</time>;
}

export function DateTimeText({ instant, locale = "fi" }: { instant: Date; locale?: Locale }) {
  return <time dateTime={instant.toISOString()}>{formatDateTime(instant, locale)}</time>;
}

export function Alert({ tone = "error", children }: { tone?: "error" | "info" | "success"; children: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rk-alert rk-alert--${tone}`}>
      {children}
    </div>
  );
}
