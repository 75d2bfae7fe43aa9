import { supportTickets } from "@reskontra/db";
import { getTableName, sql, type SQL } from "drizzle-orm";

/** A ticket's status history as the database gives it in `ticketStatusHistory`: instants as ISO text. */
export type StoredStatusHistory = { at: string; status: string }[];

/**
 * A select column: the ticket's status changes, oldest first, as one JSON array — the SLA clock's
 * pauses for a whole set of tickets in the same query, not a query per ticket. Use in a select
 * `from(supportTickets)`.
 */
export function ticketStatusHistory(): SQL<StoredStatusHistory> {
  // Qualified by the table's own name: inside the subquery a bare "id" would be the event's.
  return sql<StoredStatusHistory>`coalesce((
    select json_agg(json_build_object('at', e.at, 'status', e.status) order by e.at)
    from support_ticket_events e
    where e.ticket_id = ${sql.raw(`"${getTableName(supportTickets)}"."id"`)} and e.status is not null
  ), '[]'::json)`;
}

/** The history with Dates, as `ticketSla` reads it. */
export function statusHistoryOf(stored: StoredStatusHistory): { at: Date; status: string }[] {
  return stored.map((h) => ({ at: new Date(h.at), status: h.status }));
}
