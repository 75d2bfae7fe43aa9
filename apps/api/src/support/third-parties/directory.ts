import { type DbOrTx, supportThirdParties, supportThirdPartyTopics, writeAudit } from "@reskontra/db";
import type { ThirdPartyTopicInput, thirdPartyInput, thirdPartyTopicInput } from "@reskontra/contracts/support";
import { asc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import { AppError } from "../../errors";
import type { AuthedContext } from "../../trpc/authed";
import type { Membership } from "../../trpc/context";

/** An agent's context: the operator organization the directory's audit rows belong to. */
export type AgentContext = AuthedContext & { roleMemberships: Membership[] };

type PartyRow = typeof supportThirdParties.$inferSelect;
type TopicRow = typeof supportThirdPartyTopics.$inferSelect;
export type PartyWithTopics = PartyRow & { topics: TopicRow[] };

/** The directory, each party with its topics; inactive ones only when asked. */
export async function loadDirectory(
  db: DbOrTx,
  options: { includeInactive: boolean; ids?: string[] },
): Promise<PartyWithTopics[]> {
  const parties = await db
    .select()
    .from(supportThirdParties)
    .where(options.ids ? inArray(supportThirdParties.id, options.ids) : undefined)
    .orderBy(asc(supportThirdParties.name));
  const shown = options.includeInactive ? parties : parties.filter((p) => p.active);
  if (shown.length === 0) return [];
  const topics = await db
    .select()
    .from(supportThirdPartyTopics)
    .where(
      inArray(
        supportThirdPartyTopics.thirdPartyId,
        shown.map((p) => p.id),
      ),
    )
    .orderBy(asc(supportThirdPartyTopics.createdAt), asc(supportThirdPartyTopics.titleFi));
  return shown.map((p) => ({ ...p, topics: topics.filter((t) => t.thirdPartyId === p.id) }));
}

export async function getThirdParty(db: DbOrTx, thirdPartyId: string): Promise<PartyWithTopics> {
  const [party] = await loadDirectory(db, { includeInactive: true, ids: [thirdPartyId] });
  if (!party) throw new AppError("THIRD_PARTY_NOT_FOUND", { field: "thirdPartyId" });
  return party;
}

function audit(
  tx: DbOrTx,
  ctx: AgentContext,
  entry: { action: string; entityType: string; entityId: string; before?: unknown; after?: unknown; at: Date },
) {
  return writeAudit(tx, {
    ...entry,
    actorUserId: ctx.auth.user.id,
    organizationId: ctx.roleMemberships[0]?.organizationId ?? null,
    requestId: ctx.requestId,
  });
}

type PartyFields = z.output<typeof thirdPartyInput>;

function snapshot(p: PartyRow) {
  return {
    name: p.name,
    kind: p.kind,
    phone: p.phone,
    email: p.email,
    website: p.website,
    instructionsFi: p.instructionsFi,
    instructionsEn: p.instructionsEn,
    active: p.active,
  };
}

export async function createThirdParty(ctx: AgentContext, fields: PartyFields): Promise<{ id: string }> {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(supportThirdParties)
      .values({ ...fields, createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new Error("third party insert returned nothing");
    await audit(tx, ctx, {
      action: "support.third_party.created",
      entityType: "support_third_party",
      entityId: row.id,
      after: snapshot(row),
      at: now,
    });
    return { id: row.id };
  });
}

export async function updateThirdParty(
  ctx: AgentContext,
  thirdPartyId: string,
  fields: Partial<PartyFields> & { active?: boolean },
) {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(supportThirdParties).where(eq(supportThirdParties.id, thirdPartyId)).for("update");
    if (!before) throw new AppError("THIRD_PARTY_NOT_FOUND", { field: "thirdPartyId" });
    const [after] = await tx
      .update(supportThirdParties)
      .set({ ...fields, updatedAt: now })
      .where(eq(supportThirdParties.id, thirdPartyId))
      .returning();
    if (!after) throw new Error("third party update returned nothing");
    const action =
      fields.active === false
        ? "support.third_party.deactivated"
        : fields.active === true
          ? "support.third_party.reactivated"
          : "support.third_party.updated";
    await audit(tx, ctx, {
      action,
      entityType: "support_third_party",
      entityId: thirdPartyId,
      before: snapshot(before),
      after: snapshot(after),
      at: now,
    });
    return { id: thirdPartyId };
  });
}

type TopicFields = z.output<typeof thirdPartyTopicInput>;
export type { ThirdPartyTopicInput };

function uniqueKeywords(keywords: readonly string[]): string[] {
  return [...new Set(keywords.map((k) => k.trim().toLowerCase()).filter((k) => k !== ""))];
}

export async function addTopic(ctx: AgentContext, thirdPartyId: string, topic: TopicFields): Promise<{ id: string }> {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const [party] = await tx
      .select({ id: supportThirdParties.id })
      .from(supportThirdParties)
      .where(eq(supportThirdParties.id, thirdPartyId));
    if (!party) throw new AppError("THIRD_PARTY_NOT_FOUND", { field: "thirdPartyId" });
    const values = { ...topic, keywords: uniqueKeywords(topic.keywords) };
    const [row] = await tx
      .insert(supportThirdPartyTopics)
      .values({ ...values, thirdPartyId, createdAt: now })
      .returning({ id: supportThirdPartyTopics.id });
    if (!row) throw new Error("topic insert returned nothing");
    await tx.update(supportThirdParties).set({ updatedAt: now }).where(eq(supportThirdParties.id, thirdPartyId));
    await audit(tx, ctx, {
      action: "support.third_party.topic_added",
      entityType: "support_third_party",
      entityId: thirdPartyId,
      after: { topicId: row.id, ...values },
      at: now,
    });
    return { id: row.id };
  });
}

async function lockedTopic(tx: DbOrTx, topicId: string): Promise<TopicRow> {
  const [row] = await tx.select().from(supportThirdPartyTopics).where(eq(supportThirdPartyTopics.id, topicId)).for("update");
  if (!row) throw new AppError("THIRD_PARTY_TOPIC_NOT_FOUND", { field: "topicId" });
  return row;
}

const topicSnapshot = (t: TopicRow) => ({
  topicId: t.id,
  titleFi: t.titleFi,
  titleEn: t.titleEn,
  keywords: t.keywords,
  category: t.category,
});

export async function updateTopic(ctx: AgentContext, topicId: string, topic: TopicFields): Promise<{ id: string }> {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const before = await lockedTopic(tx, topicId);
    const values = { ...topic, keywords: uniqueKeywords(topic.keywords) };
    await tx.update(supportThirdPartyTopics).set(values).where(eq(supportThirdPartyTopics.id, topicId));
    await tx.update(supportThirdParties).set({ updatedAt: now }).where(eq(supportThirdParties.id, before.thirdPartyId));
    await audit(tx, ctx, {
      action: "support.third_party.topic_updated",
      entityType: "support_third_party",
      entityId: before.thirdPartyId,
      before: topicSnapshot(before),
      after: { topicId, ...values },
      at: now,
    });
    return { id: topicId };
  });
}

export async function removeTopic(ctx: AgentContext, topicId: string): Promise<{ id: string }> {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const before = await lockedTopic(tx, topicId);
    await tx.delete(supportThirdPartyTopics).where(eq(supportThirdPartyTopics.id, topicId));
    await tx.update(supportThirdParties).set({ updatedAt: now }).where(eq(supportThirdParties.id, before.thirdPartyId));
    await audit(tx, ctx, {
      action: "support.third_party.topic_removed",
      entityType: "support_third_party",
      entityId: before.thirdPartyId,
      before: topicSnapshot(before),
      at: now,
    });
    return { id: topicId };
  });
}
