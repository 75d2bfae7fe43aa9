import { queryRows, type Db } from "@reskontra/db";
import { sql } from "drizzle-orm";

// Real ids for the fuzz's base inputs, found by field name: `ticketId` → a row of support_tickets,
// `savedReplyId` → support_saved_replies, a bare `id` → the procedure's resource. The caller's own
// organization's row where the table says whose it is, and another organization's for the tenant variants.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
type Row = { id: string; owner: string | null };

export interface IdPool {
  /** Ids by field name for a caller in `organizationIds`: their own, and another organization's. */
  idsFor(
    fieldNames: Iterable<string>,
    procedurePath: string,
    organizationIds: readonly string[],
  ): {
    own: Record<string, string>;
    foreign: Record<string, string>;
  };
}

const snake = (camel: string) => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const plural = (word: string) => (word.endsWith("y") ? `${word.slice(0, -1)}ies` : word.endsWith("s") ? `${word}es` : `${word}s`);
const singular = (word: string) => (word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.replace(/s$/, ""));

/** The table a field names: the longest tail of its words that some table ends with, in plural. */
function tableFor(field: string, procedurePath: string, tables: readonly string[]): string | null {
  const resource = procedurePath.split(".").at(-2) ?? "";
  const stem = field === "id" ? singular(resource) : field.replace(/Ids?$/, "");
  if (!stem) return null;
  const words = snake(stem).split("_").filter(Boolean);
  for (let start = 0; start < words.length; start += 1) {
    const name = plural(words.slice(start).join("_"));
    const found = tables.find((t) => t === name) ?? tables.find((t) => t.endsWith(`_${name}`));
    if (found) return found;
  }
  return null;
}

export async function loadIdPool(db: Db): Promise<IdPool> {
  const columns = await queryRows<{ table_name: string; column_name: string; data_type: string }>(
    db,
    sql`select table_name, column_name, data_type from information_schema.columns where table_schema = 'public'`,
  );
  const byTable = new Map<string, Set<string>>();
  for (const c of columns) {
    if (c.column_name === "id" && c.data_type !== "uuid") continue;
    const set = byTable.get(c.table_name) ?? new Set<string>();
    set.add(c.column_name);
    byTable.set(c.table_name, set);
  }
  const rows = new Map<string, Row[]>();
  for (const [table, names] of byTable) {
    if (!names.has("id")) continue;
    const owner = ["organization_id", "provider_id", "organizer_id"].find((n) => names.has(n));
    const found = await queryRows<Row>(
      db,
      sql`select id::text as id, ${owner ? sql.raw(`${owner}::text`) : sql`null`} as owner from ${sql.identifier(table)} limit 200`,
    );
    rows.set(
      table,
      found.filter((r) => UUID.test(r.id)),
    );
  }
  const tables = [...rows.keys()];
  return {
    idsFor(fieldNames, procedurePath, organizationIds) {
      const own: Record<string, string> = {};
      const foreign: Record<string, string> = {};
      for (const field of fieldNames) {
        if (field === "organizationId" && organizationIds[0]) {
          own[field] = organizationIds[0];
          const other = rows.get("organizations")?.find((r) => !organizationIds.includes(r.id));
          if (other) foreign[field] = other.id;
          continue;
        }
        const table = tableFor(field, procedurePath, tables);
        const candidates = table ? (rows.get(table) ?? []) : [];
        const mine = candidates.find((r) => r.owner !== null && organizationIds.includes(r.owner)) ?? candidates[0];
        const theirs = candidates.find((r) => r.owner !== null && !organizationIds.includes(r.owner));
        if (mine) own[field] = mine.id;
        if (theirs && theirs.id !== mine?.id) foreign[field] = theirs.id;
      }
      return { own, foreign };
    },
  };
}
