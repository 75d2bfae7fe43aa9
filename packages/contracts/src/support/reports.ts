// Input schemas of the support desk's reports procedures; the web's forms check with the same ones.
import { z } from "zod";

/** A report month "YYYY-MM" (Helsinki calendar month); a refusal reads REPORT_MONTH_INVALID. */
export const reportMonth = z.string().refine((v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v) && v >= "2000-01" && v <= "2100-12", {
  message: "REPORT_MONTH_INVALID",
});

export const monthlyReportInput = z.object({ month: reportMonth });
export type MonthlyReportInput = z.infer<typeof monthlyReportInput>;
