import { decideCreditAmount, decideEventTransition, toCents } from "@reskontra/domain";
import { sendMail } from "@reskontra/jobs";
import { and, eq, sql } from "drizzle-orm";
import { outgoingMails, queryRows, voucherCreditReasons, voucherCredits, voucherEvents, writeAudit } from "@reskontra/db";
import { AppError } from "../errors";
import { creditMailText } from "./credit-mail-text";
import type { OrganizerContext } from "./context";
import { lockOrganizerEvent } from "./organizer-events";
import { refuseCode } from "./refuse";

export interface CreditInput {
  eventId: string;
  reasonCode: string;
  explanation: string;
  /** Defaults to what is left uncredited of the voucher value the provider was paid. */
  amountCents?: number | undefined;
}

/**
 * Credits a settled or paid event (hyvitys): a negative row the next settlement deducts, the event
 * marked "awaiting credit", and the explanation e-mailed to the provider through the mail outbox
 * (idempotency key per credit, so the mail is sent once however often the job runs).
 */
export async function creditEvent(ctx: OrganizerContext, input: CreditInput) {
  const organizationId = ctx.tenant.organizationId;
  const now = ctx.clock();
  const result = await ctx.db.transaction(async (tx) => {
    const event = await lockOrganizerEvent(tx, organizationId, input.eventId);
    const decision = decideEventTransition(event.state, "credit", {
      actor: "organizer",
      awaitingCredit: event.awaitingCredit,
      reasonCode: input.reasonCode,
      explanation: input.explanation,
    });
    if (!decision.ok) refuseCode(decision.code, decision.field === "state" ? "eventId" : decision.field, decision.params);

    const [reason] = await tx
      .select()
      .from(voucherCreditReasons)
      .where(and(eq(voucherCreditReasons.organizationId, organizationId), eq(voucherCreditReasons.code, input.reasonCode)));
    if (!reason) throw new AppError("CREDIT_REASON_UNKNOWN", { field: "reasonCode", params: { reasonCode: input.reasonCode } });

    const [credited] = await queryRows<{ cents: string | number }>(
      tx,
      sql`SELECT coalesce(-sum(amount_cents), 0) AS cents FROM voucher_credits WHERE event_id = ${event.id}`,
    );
    const decided = decideCreditAmount({
      voucherValueCents: toCents(event.voucherValueCents),
      creditedCents: toCents(Number(credited?.cents ?? 0)),
      requestedCents: input.amountCents === undefined ? undefined : toCents(input.amountCents),
    });
    if (!decided.ok) refuseCode(decided.code, decided.field, decided.params);
    const amount: number = decided.amountCents;

    const [credit] = await tx
      .insert(voucherCredits)
      .values({
        organizationId,
        providerId: event.providerId,
        eventId: event.id,
        amountCents: -amount,
        reasonCode: reason.code,
        explanation: input.explanation.trim(),
        createdBy: ctx.auth.user.id,
        createdAt: now,
      })
      .returning({ id: voucherCredits.id });
    if (!credit) throw new Error("credit insert returned nothing");
    await tx.update(voucherEvents).set({ awaitingCredit: true, updatedAt: now }).where(eq(voucherEvents.id, event.id));

    const mail = await creditMail(tx, event.id, {
      amount,
      reason: `${reason.code} ${reason.labelFi}`,
      explanation: input.explanation.trim(),
    });
    let mailId: string | null = null;
    if (mail) {
      const [row] = await tx
        .insert(outgoingMails)
        .values({ idempotencyKey: `voucher-credit:${credit.id}`, ...mail, createdAt: now })
        .onConflictDoNothing()
        .returning({ id: outgoingMails.id });
      mailId = row?.id ?? null;
    }
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: "voucher.event.credited",
      entityType: "voucher_event",
      entityId: event.id,
      before: { state: event.state, awaitingCredit: false },
      after: { state: event.state, awaitingCredit: true, creditId: credit.id, amountCents: -amount, reasonCode: reason.code },
      requestId: ctx.requestId,
    });
    return { creditId: credit.id, eventId: event.id, amountCents: -amount, mailId };
  });
  // After commit: a failed enqueue is picked up by the outbox sweep, so it is logged, not raised.
  if (result.mailId) {
    await ctx.jobs
      .send(sendMail, { mailId: result.mailId }, { singletonKey: result.mailId })
      .catch((error: unknown) => ctx.logger.warn({ err: error, mailId: result.mailId }, "credit mail left for the outbox sweep"));
  }
  return result;
}

/** The provider's notice of a credit, to the provider's address (the recording user's when it has none). */
async function creditMail(
  tx: Parameters<typeof queryRows>[0],
  eventId: string,
  credit: { amount: number; reason: string; explanation: string },
): Promise<{ toAddress: string; subject: string; body: string } | null> {
  const [row] = await queryRows<{
    to_address: string | null;
    organizer_name: string;
    event_date: string;
    voucher_number: string;
    customer_number: string | null;
    content: string;
  }>(
    tx,
    sql`SELECT coalesce(p.email, u.email) AS to_address, o.name AS organizer_name, e.event_date::text AS event_date,
               pp.voucher_number, n.customer_number, e.content
        FROM voucher_events e
        JOIN organizations p ON p.id = e.provider_id
        JOIN organizations o ON o.id = e.organization_id
        JOIN users u ON u.id = e.recorded_by
        JOIN voucher_purchasing_powers pp ON pp.id = e.purchasing_power_id
        LEFT JOIN voucher_client_numbers n ON n.client_id = e.client_id AND n.provider_id = e.provider_id
        WHERE e.id = ${eventId}`,
  );
  if (!row?.to_address) return null;
  return {
    toAddress: row.to_address,
    ...creditMailText({
      organizerName: row.organizer_name,
      eventDate: row.event_date,
      content: row.content,
      voucherNumber: row.voucher_number,
      customerNumber: row.customer_number,
      amountCents: credit.amount,
      reason: credit.reason,
      explanation: credit.explanation,
    }),
  };
}
