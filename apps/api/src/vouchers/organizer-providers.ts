import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { organizations, type DbOrTx } from "@reskontra/db";
import { AppError } from "../errors";

/**
 * A provider of an organizer is a billing company the operator linked to the organizer (onboarding,
 * organizer_providers) or that the organizer's own price list names (the county's contract with it).
 * Any other company is "not found" to the organizer, so it can neither grant to nor learn of another
 * county's providers.
 */
function servesOrganizer(organizerId: string): SQL {
  return sql`(EXISTS (SELECT 1 FROM organizer_providers l
                      WHERE l.provider_id = ${organizations.id} AND l.organizer_id = ${organizerId})
              OR EXISTS (SELECT 1 FROM voucher_service_prices p
                         JOIN voucher_services s ON s.id = p.service_id
                         WHERE p.provider_id = ${organizations.id} AND s.organization_id = ${organizerId}))`;
}

export async function providersOfOrganizer(db: DbOrTx, organizerId: string) {
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.kind, "billing_company"), servesOrganizer(organizerId)))
    .orderBy(asc(organizations.name));
}

/** Refuses a provider id that is not one of this organizer's providers, as NOT_FOUND on `providerId`. */
export async function requireProviderOfOrganizer(db: DbOrTx, organizerId: string, providerId: string): Promise<void> {
  const [provider] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.id, providerId), eq(organizations.kind, "billing_company"), servesOrganizer(organizerId)));
  if (!provider) throw new AppError("NOT_FOUND", { field: "providerId" });
}
