import { monthlyReportInput } from "@reskontra/contracts/support";
import { daysInMonth, domainErrorMessages, formatIsoDate, reportMonthOf } from "@reskontra/domain";
import { Alert, Button, Card, Field, formatDate, Table, type Column, type Locale } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { useTRPC, useTRPCClient } from "../../trpc";
import { useSupportRoles } from "../support-roles";
import type { MonthlyReport } from "./api-types";
import type { ReportMessageKey } from "./messages";
import { SlaAlertsPanel } from "./sla-alerts-panel";
import { formatFigure, minutesToHours, useReportText } from "./texts";
import "./reports.css";

// The chart library comes with the charts, after the figures: the table never waits for it.
const ReportCharts = lazy(() => import("./report-charts").then((m) => ({ default: m.ReportCharts })));

type Row = { key: string; label: string; cells: (string | number)[] };

function FiguresTable({ heads, rows, testId }: { heads: string[]; rows: Row[]; testId: string }) {
  const columns: Column<Row>[] = heads.map((header, i) =>
    i === 0
      ? { key: "label", header, cell: (r) => r.label }
      : { key: `c${i}`, header, cell: (r) => r.cells[i - 1] ?? "", align: "right" },
  );
  return (
    <div data-testid={testId}>
      <Table columns={columns} rows={rows} rowKey={(r) => r.key} rowTestId={(r) => `${testId}-${r.key}`} empty="" />
    </div>
  );
}

/** The month's figures as tables: the same numbers the charts draw and the CSV exports. */
function Figures({ report, locale }: { report: MonthlyReport; locale: Locale }) {
  const { rt } = useReportText();
  const none = rt("none");
  const hours = (m: number | null) => (m === null ? none : rt("hours", { value: formatFigure(minutesToHours(m), locale) }));
  const pct = (p: number | null) => (p === null ? none : rt("percent", { value: formatFigure(p, locale) }));
  const n = (v: number) => formatFigure(v, locale);
  const categories = Object.keys(report.requests.byCategory) as (keyof MonthlyReport["requests"]["byCategory"])[];
  const channels = Object.keys(report.requests.byChannel) as (keyof MonthlyReport["requests"]["byChannel"])[];
  const byCategory: Row[] = [
    ...categories.map((c) => ({
      key: c,
      label: rt(`category.${c}` as ReportMessageKey),
      cells: [n(report.requests.byCategory[c]), n(report.calls.byCategory[c])],
    })),
    { key: "uncategorized", label: rt("row.uncategorized"), cells: [n(0), n(report.calls.uncategorized)] },
    { key: "total", label: rt("row.total"), cells: [n(report.requests.total), n(report.calls.total)] },
  ];
  const byChannel: Row[] = [
    ...channels.map((c) => ({ key: c, label: rt(`channel.${c}` as ReportMessageKey), cells: [n(report.requests.byChannel[c])] })),
    { key: "total", label: rt("row.total"), cells: [n(report.requests.total)] },
  ];
  const byLine: Row[] = report.calls.byLine.map((l) => ({
    key: l.lineCode,
    label: locale === "en" ? l.nameEn : l.nameFi,
    cells: [n(l.count)],
  }));
  const fr = report.firstResponse;
  const res = report.resolution;
  const times: Row[] = [
    { key: "measured", label: rt("row.measured"), cells: [n(fr.count), n(res.count)] },
    { key: "median", label: rt("row.median"), cells: [hours(fr.medianMinutes), hours(res.medianMinutes)] },
    { key: "p90", label: rt("row.p90"), cells: [hours(fr.p90Minutes), hours(res.p90Minutes)] },
    { key: "met", label: rt("row.met"), cells: [n(fr.met), n(res.met)] },
    { key: "breached", label: rt("row.breached"), cells: [n(fr.breached), n(res.breached)] },
    { key: "metPercent", label: rt("row.metPercent"), cells: [pct(fr.metPercent), pct(res.metPercent)] },
  ];
  const cb = report.callbacks;
  const callbacks: Row[] = [
    { key: "promised", label: rt("row.promised"), cells: [n(cb.promised)] },
    { key: "kept", label: rt("row.kept"), cells: [n(cb.kept)] },
    { key: "late", label: rt("row.late"), cells: [n(cb.late)] },
    { key: "missed", label: rt("row.missed"), cells: [n(cb.missed)] },
    { key: "keptPercent", label: rt("row.keptPercent"), cells: [pct(cb.keptPercent)] },
  ];
  return (
    <>
      <Card title={rt("section.requests")}>
        <h3>{rt("by.category")}</h3>
        <FiguresTable
          testId="report-by-category"
          heads={[rt("head.item"), rt("head.requests"), rt("head.calls")]}
          rows={byCategory}
        />
        <h3>{rt("by.channel")}</h3>
        <FiguresTable testId="report-by-channel" heads={[rt("head.item"), rt("head.requests")]} rows={byChannel} />
        {byLine.length > 0 ? (
          <>
            <h3>{rt("by.line")}</h3>
            <FiguresTable testId="report-by-line" heads={[rt("head.item"), rt("head.calls")]} rows={byLine} />
          </>
        ) : null}
      </Card>
      <Card title={rt("section.times")}>
        <FiguresTable
          testId="report-times"
          heads={[rt("head.item"), rt("head.firstResponse"), rt("head.resolution")]}
          rows={times}
        />
        <p data-testid="report-sla-met">
          {rt("row.slaMet")}: <strong>{pct(report.sla.metPercent)}</strong> ({n(report.sla.met)}/{n(report.sla.decided)})
        </p>
      </Card>
      <Card title={rt("section.callbacks")}>
        <FiguresTable testId="report-callbacks" heads={[rt("head.item"), rt("head.count")]} rows={callbacks} />
      </Card>
    </>
  );
}

/** "2026-11" → "2026-11-30". */
function lastDayOf(month: string): string {
  const year = Number(month.slice(0, 4));
  const mon = Number(month.slice(5, 7));
  return formatIsoDate(year, mon, daysInMonth(year, mon));
}

function useCsvDownload(month: string) {
  const client = useTRPCClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function download() {
    setBusy(true);
    setError(null);
    try {
      const file = await client.support.reports.monthlyCsv.query({ month });
      const url = URL.createObjectURL(new Blob([file.csv], { type: file.contentType }));
      const link = document.createElement("a");
      link.href = url;
      link.download = file.fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return { download, busy, error };
}

/** /support/reports: agents and the product team pick a month and read, chart and download its figures. */
export function ReportPage() {
  const trpc = useTRPC();
  const { rt, locale } = useReportText();
  // Alerts are for the desk; the product team reads the figures only.
  const agent = useSupportRoles().agentOrganizationId !== null;
  const [draft, setDraft] = useState(() => reportMonthOf(new Date()));
  const [month, setMonth] = useState(draft);
  const draftValid = monthlyReportInput.safeParse({ month: draft }).success;
  const report = useQuery(trpc.support.reports.monthly.queryOptions({ month }));
  const csv = useCsvDownload(month);
  return (
    <div className="support-report">
      <h1>{rt("title")}</h1>
      {agent ? <SlaAlertsPanel /> : null}
      <div className="support-report-controls">
        <Field
          type="month"
          label={rt("month")}
          value={draft}
          min="2000-01"
          max="2100-12"
          error={draftValid ? undefined : domainErrorMessages.REPORT_MONTH_INVALID?.[locale]}
          onChange={(e) => {
            setDraft(e.target.value);
            if (monthlyReportInput.safeParse({ month: e.target.value }).success) setMonth(e.target.value);
          }}
        />
        <Button onClick={() => void csv.download()} disabled={csv.busy || !report.data}>
          {csv.busy ? rt("downloading") : rt("download")}
        </Button>
      </div>
      {csv.error ? <Alert tone="error">{rt("failed", { reason: csv.error })}</Alert> : null}
      {report.isPending ? <p role="status">{rt("loading")}</p> : null}
      {report.error ? <Alert tone="error">{rt("failed", { reason: report.error.message })}</Alert> : null}
      {report.data ? (
        <>
          <p>
            {rt("period", {
              from: formatDate(`${report.data.month}-01`, locale),
              to: formatDate(lastDayOf(report.data.month), locale),
            })}
          </p>
          <Card title={rt("section.charts")}>
            <Suspense fallback={<p role="status">{rt("chart.loading")}</p>}>
              <ReportCharts report={report.data} />
            </Suspense>
          </Card>
          <Figures report={report.data} locale={locale} />
        </>
      ) : null}
    </div>
  );
}
