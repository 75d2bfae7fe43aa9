import {
  type Db,
  type DbOrTx,
  supportTicketIdentifiers,
  supportTickets,
  users,
  voucherErrorReports,
  voucherEvents,
  voucherPurchasingPowers,
} from "@reskontra/db";
import { extractTicketIdentifiers, formatDate } from "@reskontra/domain";
import { and, asc, eq, isNull } from "drizzle-orm";
import { createTicket } from "./create-ticket";

/** How many reports one run turns into tickets; the next run (every minute) takes the rest. */
export const VOUCHER_REPORTS_PER_RUN = 100;

/**
 * A provider's error report on a settled service-voucher event (stored by the vouchers module)
 * becomes a ticket in the service vouchers queue, filed for the reporter and their organization.
 * One ticket per report: the report row is locked and the unique `voucher_error_report_id` holds
 * even when two runs race, so a rerun after a crash files nothing twice.
 */
export async function ticketVoucherErrorReports(deps: { db: Db; clock: () => Date }): Promise<{ created: number }> {
  const pending = await deps.db
    .select({ id: voucherErrorReports.id })
    .from(voucherErrorReports)
    .leftJoin(supportTickets, eq(supportTickets.voucherErrorReportId, voucherErrorReports.id))
    // A report the county already closed was handled there; only open ones need the desk.
    .where(and(isNull(supportTickets.id), eq(voucherErrorReports.status, "open")))
    .orderBy(asc(voucherErrorReports.createdAt))
    .limit(VOUCHER_REPORTS_PER_RUN);
  let created = 0;
  for (const { id } of pending) {
    if (await ticketOneReport(deps, id)) created += 1;
  }
  return { created };
}

async function ticketOneReport(deps: { db: Db; clock: () => Date }, reportId: string): Promise<boolean> {
  return deps.db.transaction(async (tx) => {
    const [report] = await tx
      .select({
        id: voucherErrorReports.id,
        providerId: voucherErrorReports.providerId,
        reportedBy: voucherErrorReports.reportedBy,
        message: voucherErrorReports.message,
        eventDate: voucherEvents.eventDate,
        content: voucherEvents.content,
        voucherNumber: voucherPurchasingPowers.voucherNumber,
      })
      .from(voucherErrorReports)
      .innerJoin(voucherEvents, eq(voucherEvents.id, voucherErrorReports.eventId))
      .innerJoin(voucherPurchasingPowers, eq(voucherPurchasingPowers.id, voucherEvents.purchasingPowerId))
      .where(eq(voucherErrorReports.id, reportId))
      .for("update", { of: voucherErrorReports });
    if (!report) return false;
    const [existing] = await tx
      .select({ id: supportTickets.id })
      .from(supportTickets)
      .where(eq(supportTickets.voucherErrorReportId, reportId));
    if (existing) return false;
    const [reporter] = await tx
      .select({ email: users.email, name: users.name })
      .from(users)
      .where(eq(users.id, report.reportedBy));
    const date = formatDate(report.eventDate, "fi");
    const subject = `Virheilmoitus palvelusetelitapahtumasta ${date} (seteli ${report.voucherNumber})`;
    const description = `Palveluseteli ${report.voucherNumber}, tapahtuma ${date}: ${report.content}\n\n${report.message}`;
    const ticket = await createTicket(tx, {
      organizationId: report.providerId,
      requesterUserId: report.reportedBy,
      requesterEmail: reporter?.email ?? null,
      requesterName: reporter?.name ?? null,
      channel: "voucher_report",
      subject,
      description,
      category: "vouchers",
      voucherErrorReportId: report.id,
      actorUserId: null,
      now: deps.clock(),
    });
    await saveVoucherNumbers(tx, ticket.id, description);
    return true;
  });
}

/** The shared identifier table also remembers voucher numbers, which only the tickets room recognises. */
export async function saveVoucherNumbers(tx: DbOrTx, ticketId: string, text: string): Promise<void> {
  const vouchers = extractTicketIdentifiers(text).filter((f) => f.kind === "voucher_number");
  if (vouchers.length === 0) return;
  await tx
    .insert(supportTicketIdentifiers)
    .values(vouchers.map((f) => ({ ticketId, kind: f.kind, value: f.value })))
    .onConflictDoNothing();
}
