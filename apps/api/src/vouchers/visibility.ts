import { VOUCHER_VISIBILITY_YEARS, yearsBefore, type IsoDate } from "@reskontra/domain";
import { sql, type SQL } from "drizzle-orm";
import { queryRows, type DbOrTx } from "@reskontra/db";
import { AppError } from "../errors";

/**
 * The visibility rule as one SQL condition on a client id column: (a) an event or a live booking
 * with this provider in the last 3 years, or (b) a service-team right for this provider in force
 * today. Each branch is an index probe (provider_id, client_id, date).
 */
export function visibleToProvider(clientId: SQL, providerId: string, today: IsoDate): SQL {
  const since = yearsBefore(today, VOUCHER_VISIBILITY_YEARS);
  return sql`(
    EXISTS (SELECT 1 FROM voucher_events ve
            WHERE ve.provider_id = ${providerId} AND ve.client_id = ${clientId} AND ve.event_date >= ${since})
    OR EXISTS (SELECT 1 FROM voucher_bookings vb
            WHERE vb.provider_id = ${providerId} AND vb.client_id = ${clientId} AND vb.booking_date >= ${since}
              AND vb.cancelled_at IS NULL)
    OR EXISTS (SELECT 1 FROM voucher_service_team_rights vr
            WHERE vr.provider_id = ${providerId} AND vr.client_id = ${clientId}
              AND vr.valid_from <= ${today} AND (vr.valid_to IS NULL OR vr.valid_to >= ${today}))
  )`;
}

export interface ProviderClientRow extends Record<string, unknown> {
  id: string;
  organization_id: string;
  name: string;
  hetu_masked: string;
  customer_number: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  email: string | null;
}

/** The client if this provider may see it; anyone else's client is CLIENT_NOT_FOUND, revealing nothing. */
export async function loadVisibleClient(
  db: DbOrTx,
  providerId: string,
  clientId: string,
  today: IsoDate,
): Promise<ProviderClientRow> {
  const [row] = await queryRows<ProviderClientRow>(
    db,
    sql`SELECT c.id, c.organization_id, c.name, c.hetu_masked, n.customer_number, c.street, c.postal_code, c.city, c.email
        FROM voucher_clients c
        LEFT JOIN voucher_client_numbers n ON n.client_id = c.id AND n.provider_id = ${providerId}
        WHERE c.id = ${clientId} AND ${visibleToProvider(sql`c.id`, providerId, today)}`,
  );
  if (!row) throw new AppError("CLIENT_NOT_FOUND", { field: "clientId" });
  return row;
}
