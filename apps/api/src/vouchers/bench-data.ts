import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@reskontra/db";

/** Bench-only data generation: every table filled by one set-based INSERT … SELECT generate_series. */

const FIRST = [
  "Aino",
  "Eino",
  "Helmi",
  "Väinö",
  "Sofia",
  "Leo",
  "Olivia",
  "Elias",
  "Aada",
  "Onni",
  "Linnea",
  "Eetu",
  "Ella",
  "Veeti",
  "Venla",
  "Lauri",
  "Emma",
  "Niilo",
  "Kerttu",
  "Toivo",
  "Lilja",
  "Oiva",
  "Iida",
  "Aarni",
  "Hilla",
  "Matti",
  "Liisa",
  "Pekka",
  "Maija",
  "Juha",
  "Anna",
  "Timo",
  "Kaisa",
  "Jari",
  "Sari",
  "Mikko",
  "Tuula",
  "Kari",
  "Riitta",
  "Heikki",
];
const LAST = [
  "Korhonen",
  "Virtanen",
  "Mäkinen",
  "Nieminen",
  "Mäkelä",
  "Hämäläinen",
  "Laine",
  "Heikkinen",
  "Koskinen",
  "Järvinen",
  "Lehtonen",
  "Lehtinen",
  "Saarinen",
  "Salminen",
  "Heinonen",
  "Niemi",
  "Heikkilä",
  "Kinnunen",
  "Salonen",
  "Turunen",
  "Salo",
  "Laitinen",
  "Tuominen",
  "Rantanen",
  "Karjalainen",
  "Jokinen",
  "Mattila",
  "Savolainen",
  "Lahtinen",
  "Ahonen",
  "Hiltunen",
  "Leinonen",
  "Kallio",
  "Leppänen",
  "Miettinen",
  "Hirvonen",
  "Pitkänen",
  "Aaltonen",
  "Manninen",
  "Lindholm",
  "Hakala",
  "Jääskeläinen",
  "Kettunen",
  "Peltonen",
  "Vainio",
  "Kurki",
  "Kauppinen",
  "Rinne",
  "Seppälä",
  "Lindqvist",
];

const array = (items: string[]) => sql.raw(`ARRAY[${items.map((s) => `'${s}'`).join(",")}]`);

/** `count` clients with three-part Finnish names (first, middle, last): 64 000 distinct names. */
export async function insertClients(db: Db, organizationId: string, count: number): Promise<void> {
  await db.execute(sql`
    INSERT INTO voucher_clients (organization_id, name, hetu_ciphertext, hetu_hash, hetu_masked)
    SELECT ${organizationId},
           f[1 + (i * 7) % array_length(f, 1)] || ' ' || f[1 + (i / 40 * 11) % array_length(f, 1)] || ' ' ||
           l[1 + (i * 13 / 7) % array_length(l, 1)],
           '\\x00'::bytea, md5('bench' || i), '010101A***'
    FROM generate_series(1, ${count}) AS i, (SELECT ${array(FIRST)} AS f, ${array(LAST)} AS l) AS names`);
}

/** Provider organizations named "Bench provider n". */
export async function insertProviders(db: Db, count: number): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO organizations (kind, name) SELECT 'billing_company', 'Bench provider ' || i FROM generate_series(1, ${count}) i
        RETURNING id`,
  );
  return rows.map((r) => r.id);
}
