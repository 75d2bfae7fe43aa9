import { monthlyReportInput } from "@reskontra/contracts/support";
import { router } from "../../trpc/init";
import { roleProcedure } from "../../trpc/procedures";
import { CSV_CONTENT_TYPE, monthlyReportCsv } from "./csv";
import { loadMonthlyReport } from "./monthly-report";
import { monthlyCsvOutput, monthlyReportOutput } from "./outputs";

/** Support agents and the product team read the desk's monthly figures; requesters do not. */
const reportReader = roleProcedure("agent", "product");

/** The reports room: the monthly report and its CSV export. */
export const reportsRouter = router({
  monthly: reportReader
    .input(monthlyReportInput)
    .output(monthlyReportOutput)
    .query(async ({ ctx, input }) => {
      const { report, lines } = await loadMonthlyReport(ctx.db, { month: input.month, now: ctx.clock() });
      const names = new Map(lines.map((l) => [l.code, l]));
      return {
        ...report,
        calls: {
          ...report.calls,
          byLine: report.calls.byLine.map((l) => ({
            ...l,
            nameFi: names.get(l.lineCode)?.nameFi ?? l.lineCode,
            nameEn: names.get(l.lineCode)?.nameEn ?? l.lineCode,
          })),
        },
      };
    }),

  /** The same figures as a Finnish CSV file (`;`, decimal comma, UTF-8 with BOM), in the caller's language. */
  monthlyCsv: reportReader
    .input(monthlyReportInput)
    .output(monthlyCsvOutput)
    .query(async ({ ctx, input }) => {
      const { report, lines } = await loadMonthlyReport(ctx.db, { month: input.month, now: ctx.clock() });
      return { ...monthlyReportCsv(report, lines, ctx.locale), contentType: CSV_CONTENT_TYPE };
    }),
});
