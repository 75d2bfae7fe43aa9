import { TICKET_CATEGORIES, TICKET_CHANNELS, type MonthlyReport, type SlaFigures } from "@reskontra/domain";
import { createTranslator, type Locale } from "@reskontra/i18n";
import { reportCsvMessages } from "./csv-messages";
import type { SupportLineName } from "./monthly-report";

/** Byte order mark: Excel in Finland reads a `;` CSV as UTF-8 only when the file starts with it. */
export const UTF8_BOM = "\uFEFF";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

type Cell = string | number | null;

/** A number with a decimal comma and no thousands grouping (a spreadsheet reads it as a number). */
export function csvDecimal(value: number | null, decimals: number): string {
  if (value === null || !Number.isFinite(value)) return "";
  return value.toFixed(decimals).replace(".", ",");
}

function csvCell(cell: Cell): string {
  const text = cell === null ? "" : typeof cell === "number" ? csvDecimal(cell, Number.isInteger(cell) ? 0 : 1) : cell;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Finnish CSV: `;` between fields, CRLF between rows, UTF-8 with a BOM. */
export function finnishCsv(rows: readonly (readonly Cell[])[]): string {
  return UTF8_BOM + rows.map((r) => r.map(csvCell).join(";")).join("\r\n") + "\r\n";
}

const hours = (minutes: number | null) => (minutes === null ? null : Math.round((minutes / 60) * 10) / 10);

/** The monthly report as a CSV file: one figure a row, section; item; value; unit. */
export function monthlyReportCsv(
  report: MonthlyReport,
  lines: readonly SupportLineName[],
  locale: Locale,
): { fileName: string; csv: string } {
  const t = createTranslator(reportCsvMessages, locale);
  const pcs = t("unit.count");
  const h = t("unit.hours");
  const pct = t("unit.percent");
  const lineName = (code: string) => {
    const line = lines.find((l) => l.code === code);
    return line ? (locale === "en" ? line.nameEn : line.nameFi) : code;
  };
  const sla = (section: string, f: SlaFigures): Cell[][] => [
    [section, t("item.count"), f.count, pcs],
    [section, t("item.median"), csvDecimal(hours(f.medianMinutes), 1), h],
    [section, t("item.p90"), csvDecimal(hours(f.p90Minutes), 1), h],
    [section, t("item.met"), f.met, pcs],
    [section, t("item.breached"), f.breached, pcs],
    [section, t("item.metPercent"), csvDecimal(f.metPercent, 1), pct],
  ];
  const rByChannel = t("section.requestsByChannel");
  const rByCategory = t("section.requestsByCategory");
  const cByLine = t("section.callsByLine");
  const cByCategory = t("section.callsByCategory");
  const slaSection = t("section.sla");
  const cb = t("section.callbacks");
  const rows: Cell[][] = [
    [t("head.section"), t("head.item"), t("head.value"), t("head.unit")],
    [t("section.month"), report.month, null, null],
    ...TICKET_CHANNELS.map((c): Cell[] => [rByChannel, t(`channel.${c}`), report.requests.byChannel[c], pcs]),
    [rByChannel, t("item.total"), report.requests.total, pcs],
    ...TICKET_CATEGORIES.map((c): Cell[] => [rByCategory, t(`category.${c}`), report.requests.byCategory[c], pcs]),
    ...report.calls.byLine.map((l): Cell[] => [cByLine, lineName(l.lineCode), l.count, pcs]),
    [cByLine, t("item.total"), report.calls.total, pcs],
    ...TICKET_CATEGORIES.map((c): Cell[] => [cByCategory, t(`category.${c}`), report.calls.byCategory[c], pcs]),
    [cByCategory, t("item.uncategorized"), report.calls.uncategorized, pcs],
    ...sla(t("section.firstResponse"), report.firstResponse),
    ...sla(t("section.resolution"), report.resolution),
    [slaSection, t("item.met"), report.sla.met, pcs],
    [slaSection, t("item.decided"), report.sla.decided, pcs],
    [slaSection, t("item.metPercent"), csvDecimal(report.sla.metPercent, 1), pct],
    [cb, t("item.promised"), report.callbacks.promised, pcs],
    [cb, t("item.kept"), report.callbacks.kept, pcs],
    [cb, t("item.late"), report.callbacks.late, pcs],
    [cb, t("item.missed"), report.callbacks.missed, pcs],
    [cb, t("item.keptPercent"), csvDecimal(report.callbacks.keptPercent, 1), pct],
  ];
  return { fileName: t("fileName", { month: report.month }), csv: finnishCsv(rows) };
}
