/**
 * The filters the home page's counts link to, read by the lists they open (`?risk=` on the unsent queue,
 * `?status=` on the user's invoices, `?outcome=` on the reminders' dry run): one definition, so a count and
 * its list cannot disagree. Deadline groups follow home.summary (apps/api/src/home/role-counts.ts).
 */
const RISK_GROUPS: Record<string, readonly string[]> = {
  overdue: ["overdue"],
  today: ["at_risk", "today"],
  later: ["tomorrow", "later"],
};

/** Whether an unsent-queue row belongs to the `?risk=` group; no group (or an unknown one) keeps every row. */
export function inRiskGroup(row: { status: string; risk: string }, group: string | null): boolean {
  const risks = group ? RISK_GROUPS[group] : undefined;
  return !risks || (row.status === "submitted" && risks.includes(row.risk));
}

/** Whether a row's field matches a `?param=` value; no value keeps every row. */
export function matchesParam(value: string, wanted: string | null): boolean {
  return !wanted || value === wanted;
}
