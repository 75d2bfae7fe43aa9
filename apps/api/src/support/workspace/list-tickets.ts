import { type workspaceListInput, ACTIVE_TICKET_STATUSES } from "@reskontra/contracts/support";
import { organizations, supportLineMembers, supportLines, supportTickets, users, type DbOrTx } from "@reskontra/db";
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

/** The words, part of the subject, or the number: Finnish full text (stemmed, GIN) or trigram on the subject. */
export function searchCondition(query: string): SQL {
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const conditions = [
    sql`${supportTickets.search} @@ websearch_to_tsquery('finnish', ${query})`,
    sql`${supportTickets.subject} ILIKE ${like}`,
  ];
  if (/^\d{6,12}$/.test(query)) conditions.push(eq(supportTickets.number, Number(query)));
  return or(...conditions) ?? sql`false`;
}

/** The start of a Helsinki business date as an instant, in the database. */
const helsinkiStart = (date: string) => sql`(${date}::date::timestamp AT TIME ZONE 'Europe/Helsinki')`;

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
  if (input.createdTo) where.push(lt(t.createdAt, sql`${helsinkiStart(input.createdTo)} + interval '1 day'`));
  if (input.query) where.push(searchCondition(input.query));
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
    })
    .from(t)
    .innerJoin(supportLines, eq(supportLines.id, t.lineId))
    .leftJoin(organizations, eq(organizations.id, t.organizationId))
    .leftJoin(assignee, eq(assignee.id, t.assigneeUserId))
    .where(and(...where))
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(input.limit + 1);
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
