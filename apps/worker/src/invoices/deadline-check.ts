import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { alerts, invoices, writeAudit } from "@reskontra/db";
import { isBusinessDay } from "@reskontra/domain";
import { sendMail } from "@reskontra/jobs";
import type { JobContext } from "../jobs/job-context";
import { helsinkiDate } from "../jobs/raise-alert";
import { deadlineMissedMail, type LateInvoice } from "./deadline-texts";
import { queueMail } from "../mail/queue-mail";

export const DEADLINE_ALERT_KIND = "deadline_missed";

export type DeadlineCheckResult =
  | { status: "not_business_day"; date: string }
  | { status: "none_late"; date: string }
  | { status: "alerted"; date: string; invoices: LateInvoice[]; mailId: string };

/**
 * The deadlineCheck job, 15:00 Helsinki Mon–Fri: the last check of the same-day promise.
 * Invoices still unsent past their deadline go into the day's alert (one row per day, so a
 * second run updates the list instead of adding another) and one mail to customer service.
 */
export async function deadlineCheckJob(ctx: JobContext): Promise<DeadlineCheckResult> {
  const now = ctx.clock();
  const date = helsinkiDate(now);
  // The cron knows weekdays but not Finnish holidays; nobody is at the desk to read an alert then.
  if (!isBusinessDay(date)) return { status: "not_business_day", date };

  const late: LateInvoice[] = (
    await ctx.db
      .select({ id: invoices.id, invoiceNumber: invoices.invoiceNumber, deadlineAt: invoices.deadlineAt })
      .from(invoices)
      .where(and(inArray(invoices.status, ["submitted", "needs_correction"]), lte(invoices.deadlineAt, now)))
      .orderBy(asc(invoices.deadlineAt), asc(invoices.invoiceNumber))
  ).map((i) => ({ id: i.id, invoiceNumber: i.invoiceNumber ?? "", deadlineAt: i.deadlineAt?.toISOString() ?? "" }));
  if (late.length === 0) return { status: "none_late", date };

  const payload = { invoices: late };
  const mail = deadlineMissedMail(date, late, ctx.config.publicUrl);
  const mailId = await ctx.db.transaction(async (tx) => {
    const [previous] = await tx
      .select({ payload: alerts.payload })
      .from(alerts)
      .where(and(eq(alerts.kind, DEADLINE_ALERT_KIND), eq(alerts.businessDate, date)))
      .for("update");
    const alreadyListed = new Set(listedIds(previous?.payload));
    await tx
      .insert(alerts)
      .values({ kind: DEADLINE_ALERT_KIND, businessDate: date, payload, createdAt: now })
      .onConflictDoUpdate({ target: [alerts.kind, alerts.businessDate], set: { payload } });
    const newlyLate = late.filter((i) => !alreadyListed.has(i.id));
    if (newlyLate.length > 0) {
      await writeAudit(tx, {
        at: now,
        actorUserId: null,
        organizationId: null,
        action: previous ? "alert.updated" : "alert.raised",
        entityType: "alert",
        entityId: `${DEADLINE_ALERT_KIND}:${date}`,
        after: payload,
      });
    }
    // Each late invoice's own history shows that the promise was missed.
    for (const invoice of newlyLate) {
      await writeAudit(tx, {
        at: now,
        actorUserId: null,
        organizationId: null,
        action: "invoice.deadline_missed",
        entityType: "invoice",
        entityId: invoice.id,
        after: { deadlineAt: invoice.deadlineAt, businessDate: date },
      });
    }
    return queueMail(tx, {
      idempotencyKey: `deadline-missed:${date}`,
      toAddress: ctx.config.customerServiceEmail,
      subject: mail.subject,
      body: mail.body,
      createdAt: now,
    });
  });
  await ctx.jobs.send(sendMail, { mailId }, { singletonKey: mailId });
  ctx.logger.warn({ date, count: late.length }, "invoices past their same-day deadline");
  return { status: "alerted", date, invoices: late, mailId };
}

function listedIds(payload: unknown): string[] {
  if (typeof payload !== "object" || payload === null || !("invoices" in payload) || !Array.isArray(payload.invoices)) return [];
  return payload.invoices.flatMap((i: unknown) =>
    typeof i === "object" && i !== null && "id" in i && typeof i.id === "string" ? [i.id] : [],
  );
}
