import type { IsoDate } from "@reskontra/domain";
import { sql, type SQL } from "drizzle-orm";

/**
 * decideEventTransition's `settle` rule (approved → settled, by the system) as one SQL condition
 * on voucher_events: the organizer's approved events dated before the end of the period, late ones
 * included. Written once, for the settlement and for anything that measures or previews it.
 */
export function settleableEvents(organizationId: string, coversBefore: IsoDate): SQL {
  return sql`organization_id = ${organizationId} AND state = 'approved' AND event_date < ${coversBefore}`;
}
