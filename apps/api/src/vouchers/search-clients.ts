import { isValidHetu } from "@reskontra/domain";
import { sql, type SQL } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import { helsinkiToday, type ProviderContext } from "./context";
import { hetuVault } from "./hetu-vault";
import { visibleToProvider } from "./visibility";

export const SEARCH_LIMIT = 25;

export type ClientSearchKind = "name" | "hetu" | "voucher";

export interface ClientHit {
  id: string;
  name: string;
  hetuMasked: string;
  customerNumber: string | null;
}

/** A valid identity code is looked up by its keyed hash; anything with a digit is a voucher number; the rest is a name. */
export function searchKindOf(query: string): ClientSearchKind {
  const q = query.trim();
  if (isValidHetu(q.toUpperCase())) return "hetu";
  if (/\d/.test(q)) return "voucher";
  return "name";
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function matchOf(kind: ClientSearchKind, query: string): SQL {
  const q = query.trim();
  switch (kind) {
    case "hetu":
      // Exact only: the hash of the typed code against the stored hashes (during a key rotation, under
      // either key); the code itself never reaches SQL.
      return sql`c.hetu_hash IN ${hetuVault().hashes(q)}`;
    case "voucher":
      return sql`c.id IN (SELECT pp.client_id FROM voucher_purchasing_powers pp WHERE pp.voucher_number = ${q.toUpperCase()})`;
    case "name": {
      // Every word must occur somewhere in the name (trigram GIN index), best similarity first.
      const words = q.split(/\s+/).filter((w) => w.length > 0);
      return sql.join(
        words.map((w) => sql`v.name ILIKE ${`%${escapeLike(w)}%`}`),
        sql` AND `,
      );
    }
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown search kind ${String(unreachable)}`);
    }
  }
}

/**
 * Client search for a provider in one indexed query: the match (trigram name, hashed identity
 * code or voucher number) and the visibility rule together, so a provider never learns that a
 * client it may not see exists.
 */
export async function searchClients(ctx: ProviderContext, query: string): Promise<{ kind: ClientSearchKind; hits: ClientHit[] }> {
  const kind = searchKindOf(query);
  const providerId = ctx.tenant.organizationId;
  const today = helsinkiToday(ctx);
  type Row = { id: string; name: string; hetu_masked: string; customer_number: string | null };
  const visible = visibleToProvider(sql`c.id`, providerId, today);
  const rows = await ctx.db.transaction(async (tx) => {
    if (kind !== "name") {
      return queryRows<Row>(
        tx,
        sql`SELECT c.id, c.name, c.hetu_masked, n.customer_number
          FROM voucher_clients c
          LEFT JOIN voucher_client_numbers n ON n.client_id = c.id AND n.provider_id = ${providerId}
          WHERE ${matchOf(kind, query)} AND ${visible}
          ORDER BY c.name, c.id
          LIMIT ${SEARCH_LIMIT}`,
      );
    }
    // Names go through the provider's own search index (voucher_visible_clients, one GIN index on
    // provider and trigrams), so a common surname costs its few hundred visible namesakes instead of the
    // ~20 000 in the county. The candidates are ranked first and the exact rule (the index is only a
    // superset) is re-checked in rank order, so the walk stops after SEARCH_LIMIT hits.
    // Trigram estimates are coarse: the planner took a sequential scan of the provider's rows (8.7 ms)
    // over the GIN index (3 ms) and estimated past jit_above_cost, so both are off for this query.
    // Both in one statement: each round trip is a socket write on either side, felt when searchers queue.
    await tx.execute(sql`SELECT set_config('jit', 'off', true), set_config('enable_seqscan', 'off', true)`);
    return queryRows<Row>(
      tx,
      sql`SELECT c.id, c.name, c.hetu_masked, n.customer_number
        FROM (SELECT v.client_id, v.name, similarity(v.name, ${query.trim()}) AS score
              FROM voucher_visible_clients v
              WHERE v.provider_id = ${providerId} AND v.visible_until >= ${today} AND ${matchOf(kind, query)}
              ORDER BY score DESC, v.name, v.client_id
              OFFSET 0) cand
        JOIN voucher_clients c ON c.id = cand.client_id
        LEFT JOIN voucher_client_numbers n ON n.client_id = c.id AND n.provider_id = ${providerId}
        WHERE ${visible}
        ORDER BY cand.score DESC, cand.name, cand.client_id
        LIMIT ${SEARCH_LIMIT}`,
    );
  });
  return {
    kind,
    hits: rows.map((r) => ({ id: r.id, name: r.name, hetuMasked: r.hetu_masked, customerNumber: r.customer_number })),
  };
}
