import { AGEING_BUCKET_LAST_DAY, AGEING_BUCKETS, helsinkiToday, type AgeingBucket } from "@reskontra/domain";
import { and, asc, eq, ilike, sql, type SQL } from "drizzle-orm";
import { customers, invoices, users } from "@reskontra/db";
import type { ReceivablesAgeingInput } from "@reskontra/contracts/invoices";
import type { AuthedContext } from "../trpc/authed";
import { summaryColumns, visibility } from "./queries";

/**
 * Open receivables by age on the business date (Europe/Helsinki, from the injected clock), set-wise
 * in SQL: the days overdue and the bucket are computed by the database from the domain's bucket
 * bounds, so the totals are one GROUP BY, not a loop over rows.
 */
export async function receivablesAgeing(ctx: AuthedContext, input: ReceivablesAgeingInput) {
  const today = helsinkiToday(ctx.clock());
  // The date is written into the statement (checked to be YYYY-MM-DD): the same expression then
  // groups and selects, which PostgreSQL cannot tell of two differently numbered parameters.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`business date ${today} is not a date`);
  const age = sql`(date '${sql.raw(today)}' - ${invoices.dueDate})`;
  const days = sql<number>`greatest(0, ${age})`;
  // The bounds are the domain's constants, so this CASE and ageingBucket() draw the same lines.
  const bucket = sql<AgeingBucket>`(case ${sql.join(
    AGEING_BUCKET_LAST_DAY.map(([name, last]) => sql`when ${age} <= ${sql.raw(String(Number(last)))} then '${sql.raw(name)}'`),
    sql` `,
  )} else 'over_90' end)`;
  const open = sql<number>`(${invoices.grossCents} - ${invoices.paidCents})`;
  const filters: (SQL | undefined)[] = [
    eq(invoices.status, "sent"),
    eq(invoices.kind, "invoice"),
    visibility(ctx),
    input.customer ? ilike(customers.name, `%${input.customer.replace(/[%_\\]/g, "\\$&")}%`) : undefined,
    input.deliveryMethod ? eq(invoices.deliveryMethod, input.deliveryMethod) : undefined,
  ];
  const [rows, sums] = await Promise.all([
    ctx.db
      .select({ ...summaryColumns, daysOverdue: days.mapWith(Number), bucket, openCents: open.mapWith(Number) })
      .from(invoices)
      .innerJoin(customers, eq(customers.id, invoices.customerId))
      .innerJoin(users, eq(users.id, invoices.userId))
      .where(and(...filters, input.bucket ? sql`${bucket} = ${input.bucket}` : undefined))
      .orderBy(asc(invoices.dueDate), asc(invoices.invoiceNumber)),
    ctx.db
      .select({
        bucket,
        count: sql<number>`count(*)`.mapWith(Number),
        openCents: sql<number>`coalesce(sum(${open}), 0)`.mapWith(Number),
      })
      .from(invoices)
      .innerJoin(customers, eq(customers.id, invoices.customerId))
      .where(and(...filters))
      .groupBy(bucket),
  ]);
  const byBucket = new Map(sums.map((s) => [s.bucket, s]));
  const totals = AGEING_BUCKETS.map((name) => ({
    bucket: name,
    count: byBucket.get(name)?.count ?? 0,
    openCents: byBucket.get(name)?.openCents ?? 0,
  }));
  return { today, rows, totals, totalOpenCents: totals.reduce((sum, t) => sum + t.openCents, 0) };
}
