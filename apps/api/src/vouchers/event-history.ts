import { VOUCHER_EVENT_STATES } from "@reskontra/domain";
import { sql } from "drizzle-orm";
import { queryRows, type DbOrTx } from "@reskontra/db";
import { AppError } from "../errors";
import type { OrganizerContext } from "./context";
import { loadEvents, permissionsOf, type EventView } from "./event-views";

/** What happened to an event, in the words the screens use; the audit action names map onto these. */
export const EVENT_HISTORY_KINDS = [
  "recorded",
  "updated",
  "to_review",
  "auto_approved",
  "approved",
  "rejected",
  "credited",
  "settled",
  "paid",
] as const;
export type EventHistoryKind = (typeof EVENT_HISTORY_KINDS)[number];

const KIND_OF_ACTION: Record<string, EventHistoryKind> = {
  "voucher.event.recorded": "recorded",
  "voucher.event.updated": "updated",
  "voucher.event.to_review": "to_review",
  "voucher.event.auto_approved": "auto_approved",
  "voucher.event.approved": "approved",
  "voucher.event.rejected": "rejected",
  "voucher.event.credited": "credited",
  "voucher.settlement.run": "settled",
  "voucher.settlement.paid": "paid",
};

const stateOf = (value: string | null) => VOUCHER_EVENT_STATES.find((s) => s === value) ?? null;

interface HistoryRow extends Record<string, unknown> {
  id: string | number;
  at: Date | string;
  action: string;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
  amount_cents: string | null;
  actor_name: string | null;
}

/**
 * The event's history from the audit log: its own rows (recorded, checked, approved, credited…) and
 * the rows of the settlement that settled it and of the payment of its provider's line. One query on
 * the audit log's (entity_type, entity_id) index; a null actor is the automatic check or settlement.
 */
export async function loadEventHistory(db: DbOrTx, event: Pick<EventView, "id" | "providerId" | "settlementId">) {
  const settlement = event.settlementId
    ? sql`OR (a.entity_type = 'voucher_settlement' AND a.entity_id = ${event.settlementId})
          OR (a.entity_type = 'voucher_settlement_line' AND a.entity_id IN (
                SELECT l.id::text FROM voucher_settlement_lines l
                WHERE l.settlement_id = ${event.settlementId} AND l.provider_id = ${event.providerId}))`
    : sql``;
  const rows = await queryRows<HistoryRow>(
    db,
    sql`SELECT a.id, a.at, a.action, a.before->>'state' AS from_state, a.after->>'state' AS to_state,
               a.after->>'reason' AS reason, a.after->>'amountCents' AS amount_cents, u.name AS actor_name
        FROM audit_log a
        LEFT JOIN users u ON u.id = a.actor_user_id
        WHERE (a.entity_type = 'voucher_event' AND a.entity_id = ${event.id}) ${settlement}
        ORDER BY a.at, a.id`,
  );
  return rows.flatMap((r) => {
    const kind = KIND_OF_ACTION[r.action];
    if (!kind) return [];
    return [
      {
        at: r.at instanceof Date ? r.at : new Date(r.at),
        kind,
        toState: kind === "settled" || kind === "paid" ? kind : stateOf(r.to_state),
        actorName: r.actor_name,
        reason: r.reason,
        amountCents: r.amount_cents === null ? null : Number(r.amount_cents),
      },
    ];
  });
}

/** One of the county's events, read-only in any state, with its history. */
export async function organizerEventDetails(ctx: OrganizerContext, eventId: string) {
  const [event] = await loadEvents(ctx.db, sql`e.organization_id = ${ctx.tenant.organizationId} AND e.id = ${eventId}`, {
    limit: 1,
  });
  if (!event) throw new AppError("VOUCHER_EVENT_NOT_FOUND", { field: "eventId" });
  const history = await loadEventHistory(ctx.db, event);
  return {
    event: { ...event, settled: event.settlementId !== null, permissions: permissionsOf(event, "organizer", ctx.locale) },
    history,
  };
}
