import { isValidHetu } from "@reskontra/domain";
import { and, asc, eq, sql } from "drizzle-orm";
import { queryRows, voucherPurchasingPowers } from "@reskontra/db";
import type { OrganizerContext } from "./context";
import { hetuVault } from "./hetu-vault";
import { providersOfOrganizer } from "./organizer-providers";
import { SEARCH_LIMIT } from "./search-clients";

/**
 * The organizer's own client search, for its admin screens: all of the county's clients (no
 * visibility rule, the county owns them), by exact identity code (keyed hash) or by name words.
 */
export async function searchOrganizerClients(ctx: OrganizerContext, query: string) {
  const q = query.trim();
  const organizationId = ctx.tenant.organizationId;
  const match = isValidHetu(q.toUpperCase())
    ? sql`c.hetu_hash IN ${hetuVault().hashes(q)}`
    : sql.join(
        q
          .split(/\s+/)
          .filter((w) => w.length > 0)
          .map((w) => sql`c.name ILIKE ${`%${w.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`}`),
        sql` AND `,
      );
  return ctx.db.transaction(async (tx) => {
    // As in the provider's search: a trigram estimate can cross jit_above_cost, and JIT costs more than the query.
    await tx.execute(sql`SET LOCAL jit = off`);
    const rows = await queryRows<{ id: string; name: string; hetu_masked: string }>(
      tx,
      sql`SELECT c.id, c.name, c.hetu_masked FROM voucher_clients c
          WHERE c.organization_id = ${organizationId} AND ${match}
          ORDER BY similarity(c.name, ${q}) DESC, c.name, c.id LIMIT ${SEARCH_LIMIT}`,
    );
    return rows.map((r) => ({ id: r.id, name: r.name, hetuMasked: r.hetu_masked }));
  });
}

/** The client's purchasing powers, for choosing one when booking. */
export async function organizerClientPowers(ctx: OrganizerContext, clientId: string) {
  return ctx.db
    .select({
      id: voucherPurchasingPowers.id,
      voucherNumber: voucherPurchasingPowers.voucherNumber,
      kind: voucherPurchasingPowers.kind,
      providerId: voucherPurchasingPowers.providerId,
      status: voucherPurchasingPowers.status,
      validFrom: voucherPurchasingPowers.validFrom,
      validTo: voucherPurchasingPowers.validTo,
    })
    .from(voucherPurchasingPowers)
    .where(
      and(eq(voucherPurchasingPowers.clientId, clientId), eq(voucherPurchasingPowers.organizationId, ctx.tenant.organizationId)),
    )
    .orderBy(asc(voucherPurchasingPowers.voucherNumber));
}

/** Providers the organizer can grant rights and book with: its own, those its price list names. */
export async function voucherProviders(ctx: OrganizerContext) {
  return providersOfOrganizer(ctx.db, ctx.tenant.organizationId);
}
