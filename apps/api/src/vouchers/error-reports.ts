import { and, desc, eq } from "drizzle-orm";
import { organizations, voucherErrorReports, voucherEvents, writeAudit } from "@reskontra/db";
import { AppError } from "../errors";
import type { OrganizerContext, ProviderContext } from "./context";

/**
 * A provider cannot change a settled or paid event; it reports the error to the organizer, who may
 * credit it. The report is a ticket carrying the event (the support module can adopt these rows).
 */
export async function reportEventError(ctx: ProviderContext, eventId: string, message: string) {
  const providerId = ctx.tenant.organizationId;
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const [event] = await tx
      .select()
      .from(voucherEvents)
      .where(and(eq(voucherEvents.id, eventId), eq(voucherEvents.providerId, providerId)));
    if (!event) throw new AppError("VOUCHER_EVENT_NOT_FOUND", { field: "eventId" });
    if (event.state !== "settled" && event.state !== "paid")
      throw new AppError("ERROR_REPORT_ONLY_SETTLED", { field: "eventId" });
    const [report] = await tx
      .insert(voucherErrorReports)
      .values({
        organizationId: event.organizationId,
        providerId,
        eventId,
        reportedBy: ctx.auth.user.id,
        message,
        createdAt: now,
      })
      .returning({ id: voucherErrorReports.id });
    if (!report) throw new Error("report insert returned nothing");
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: event.organizationId,
      action: "voucher.event.error_reported",
      entityType: "voucher_event",
      entityId: eventId,
      after: { reportId: report.id },
      requestId: ctx.requestId,
    });
    return { id: report.id };
  });
}

/** The organizer's open error reports, newest first. */
export async function openErrorReports(ctx: OrganizerContext) {
  return ctx.db
    .select({
      id: voucherErrorReports.id,
      eventId: voucherErrorReports.eventId,
      providerName: organizations.name,
      message: voucherErrorReports.message,
      createdAt: voucherErrorReports.createdAt,
    })
    .from(voucherErrorReports)
    .innerJoin(organizations, eq(organizations.id, voucherErrorReports.providerId))
    .where(and(eq(voucherErrorReports.organizationId, ctx.tenant.organizationId), eq(voucherErrorReports.status, "open")))
    .orderBy(desc(voucherErrorReports.createdAt));
}

export async function closeErrorReport(ctx: OrganizerContext, reportId: string) {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const [closed] = await tx
      .update(voucherErrorReports)
      .set({ status: "closed", closedAt: now })
      .where(
        and(
          eq(voucherErrorReports.id, reportId),
          eq(voucherErrorReports.organizationId, ctx.tenant.organizationId),
          eq(voucherErrorReports.status, "open"),
        ),
      )
      .returning({ id: voucherErrorReports.id, eventId: voucherErrorReports.eventId });
    if (!closed) throw new AppError("NOT_FOUND", { field: "reportId" });
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: ctx.tenant.organizationId,
      action: "voucher.error_report.closed",
      entityType: "voucher_event",
      entityId: closed.eventId,
      after: { reportId },
      requestId: ctx.requestId,
    });
    return { id: reportId };
  });
}
