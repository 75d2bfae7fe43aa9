import { type workspaceListInput, ACTIVE_TICKET_STATUSES } from "@reskontra/contracts/support";
import { organizations, queryRows, supportLineMembers, supportLines, supportTickets, users, type DbOrTx } from "@reskontra/db";
import { addDays, helsinkiWallClockToEpoch } from "@reskontra/domain";
import { and, desc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { z } from "zod";
import { AppError } from "../../errors";
import type { QueueRow } from "./outputs";
import { slaOfTickets } from "./sla";

type ListInput = z.output<typeof workspaceListInput>;

/** The lines an agent works: their queues are the agent's to see. */
export const memberLines = (agentUserId: string) =>
  sql`(SELECT ${supportLineMembers.lineId} FROM ${supportLineMembers} WHERE ${supportLineMembers.userId} = ${agentUserId})`;

/** The cursor of keyset pagination: the last row's creation instant and id, newest first. */
function encodeCursor(row: { createdAt: Date; id: string }): string {
  return `${row.createdAt.toISOString()}_${row.id}`;
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const m = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)_([0-9a-f-]{36})$/.exec(cursor);
  const createdAt = m?.[1] ? new Date(m[1]) : null;
  if (!m?.[2] || !createdAt || Number.isNaN(createdAt.getTime()))
    throw new AppError("WORKSPACE_CURSOR_INVALID", { field: "cursor" });
  return { createdAt, id: m[2] };
}

const likePattern = (query: string) => `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The words, part of the subject, or the number: Finnish full text (stemmed, GIN) or trigram on the subject. */
export function searchCondition(query: string): SQL {
  const like = likePattern(query);
  const conditions = [
    sql`${supportTickets.search} @@ websearch_to_tsquery('finnish', ${query})`,
    sql`${supportTickets.subject} ILIKE ${like}`,
  ];
  if (/^\d{6,12}$/.test(query)) conditions.push(eq(supportTickets.number, Number(query)));
  return or(...conditions) ?? sql`false`;
}

/** Up to this many hits a search is a short list of ids; beyond it the words are common. */
const SEARCH_CANDIDATES = 1000;

/**
 * The search as a condition the planner cannot misjudge. PostgreSQL guesses a word it has no
 * statistics for at ~0.5 % of rows and then walks the newest-first index through every ticket
 * looking for a page of a word that occurs twenty times (0.4 s over 100 000). So the indexes (GIN,
 * trigram, number) are asked first, at most SEARCH_CANDIDATES + 1 ids: a rare word becomes an id
 * list, a common one stays a filter, which the newest-first walk satisfies within a page or two.
 */
async function searchFilter(db: DbOrTx, query: string): Promise<SQL> {
  const limit = sql.raw(String(SEARCH_CANDIDATES + 1));
  const like = likePattern(query);
  // One branch per index, each limited, so each is planned on its own index (or stops early when common).
  const branches = [
    sql`(SELECT id FROM support_tickets WHERE search @@ websearch_to_tsquery('finnish', ${query}) LIMIT ${limit})`,
    sql`(SELECT id FROM support_tickets WHERE subject ILIKE ${like} LIMIT ${limit})`,
  ];
  if (/^\d{6,12}$/.test(query)) branches.push(sql`(SELECT id FROM support_tickets WHERE number = ${Number(query)})`);
  const hits = await queryRows<{ id: string }>(db, sql`${sql.join(branches, sql` UNION `)} LIMIT ${limit}`);
  if (hits.length > SEARCH_CANDIDATES) return searchCondition(query);
  if (hits.length === 0) return sql`false`;
  return inArray(
    supportTickets.id,
    hits.map((h) => h.id),
  );
}

/** The start of a Helsinki business date as an instant: a constant the planner can weigh. */
const helsinkiStart = (date: string) => new Date(helsinkiWallClockToEpoch(date, 0));

export function queueConditions(agentUserId: string, input: ListInput): SQL[] {
  const t = supportTickets;
  const where: SQL[] = [inArray(t.status, input.statuses ?? [...ACTIVE_TICKET_STATUSES])];
  if (input.view === "mine") where.push(eq(t.assigneeUserId, agentUserId));
  else where.push(sql`${t.lineId} IN ${memberLines(agentUserId)}`);
  if (input.view === "unassigned") where.push(isNull(t.assigneeUserId));
  if (input.lineId) where.push(eq(t.lineId, input.lineId));
  if (input.category) where.push(eq(t.category, input.category));
  if (input.priority) where.push(eq(t.priority, input.priority));
  if (input.assigneeUserId) where.push(eq(t.assigneeUserId, input.assigneeUserId));
  if (input.organizationId) where.push(eq(t.organizationId, input.organizationId));
  if (input.createdFrom) where.push(gte(t.createdAt, helsinkiStart(input.createdFrom)));
  if (input.createdTo) where.push(lt(t.createdAt, helsinkiStart(addDays(input.createdTo, 1))));
  return where;
}

/**
 * A page of a queue, newest first, with keyset pagination on (created_at, id) so page 100 costs
 * what page 1 does. The SLA time left is computed for the page's rows only.
 */
export async function listQueue(
  deps: { db: DbOrTx; clock: () => Date },
  agentUserId: string,
  input: ListInput,
): Promise<{ items: QueueRow[]; nextCursor: string | null }> {
  const t = supportTickets;
  const assignee = alias(users, "assignee");
  const where = queueConditions(agentUserId, input);
  if (input.cursor) {
    const c = decodeCursor(input.cursor);
    where.push(sql`(${t.createdAt}, ${t.id}) < (${c.createdAt.toISOString()}::timestamptz, ${c.id}::uuid)`);
  }
  if (input.query) where.push(await searchFilter(deps.db, input.query));
  // The page's ids in a subquery on support_tickets alone, so the joins touch one page, not every match.
  const pageIds = deps.db
    .select({ id: t.id })
    .from(t)
    .where(and(...where))
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(input.limit + 1);
  const rows = await deps.db
    .select({
      id: t.id,
      number: t.number,
      subject: t.subject,
      status: t.status,
      category: t.category,
      priority: t.priority,
      channel: t.channel,
      lineId: t.lineId,
      lineNameFi: supportLines.nameFi,
      lineNameEn: supportLines.nameEn,
      requesterName: t.requesterName,
      requesterEmail: t.requesterEmail,
      organizationName: organizations.name,
      assigneeUserId: t.assigneeUserId,
      assigneeName: assignee.name,
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
      firstResponseAt: t.firstResponseAt,
      resolvedAt: t.resolvedAt,
      closedAt: t.closedAt,
    })
    .from(t)
    .innerJoin(supportLines, eq(supportLines.id, t.lineId))
    .leftJoin(organizations, eq(organizations.id, t.organizationId))
    .leftJoin(assignee, eq(assignee.id, t.assigneeUserId))
    .where(inArray(t.id, pageIds))
    .orderBy(desc(t.createdAt), desc(t.id));
  const page = rows.slice(0, input.limit);
  const sla = await slaOfTickets(deps.db, page, deps.clock());
  const last = page.at(-1);
  return {
    items: page.map((r) => {
      const s = sla.get(r.id);
      if (!s) throw new Error(`no SLA for ${r.id}`);
      return { ...r, sla: s };
    }),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null,
  };
}

/** Every line, the agent's own first, with how many tickets wait in each. */
export async function listLines(db: DbOrTx, agentUserId: string) {
  const rows = await db
    .select({
      id: supportLines.id,
      code: supportLines.code,
      nameFi: supportLines.nameFi,
      nameEn: supportLines.nameEn,
      member: sql<boolean>`${supportLines.id} IN ${memberLines(agentUserId)}`,
      // Spelled out: drizzle leaves a column unqualified here, which inside the subquery would name the ticket's own.
      activeCount: sql<number>`(SELECT count(*)::int FROM support_tickets st WHERE st.line_id = support_lines.id
        AND st.status IN (${sql.join(
          ACTIVE_TICKET_STATUSES.map((s) => sql`${s}`),
          sql`, `,
        )}))`,
    })
    .from(supportLines)
    .where(eq(supportLines.active, true))
    .orderBy(supportLines.nameFi);
  return rows.sort((a, b) => Number(b.member) - Number(a.member));
}
