import { and, desc, eq, gt, inArray, isNull, ne, or, sql } from "drizzle-orm";
import {
  apiTokens,
  auditLog,
  invitations,
  memberships,
  organizations,
  passwordResets,
  responsiblePersons,
  sessions,
  signInChallenges,
  users,
  writeAudit,
  type DbOrTx,
  type Role,
} from "@reskontra/db";
import { keepsAnAdmin, ROLES_OF_KIND, type ResponsibilityArea } from "@reskontra/domain";
import { alias } from "drizzle-orm/pg-core";
import { AppError } from "../errors";
import type { Context } from "../trpc/context";
import { organizationPeople } from "./operator";
import { nextUserNumber } from "./user-number";

type Authed = Context & { auth: NonNullable<Context["auth"]> };

/** The organization's people, open invitations and responsible persons, as its admins see them. */
export async function listPeople(ctx: Context, organizationId: string) {
  const now = ctx.clock();
  const people = await organizationPeople(ctx.db, organizationId);
  const pending = await ctx.db
    .select({
      id: invitations.id,
      email: invitations.email,
      name: invitations.name,
      roles: invitations.roles,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .orderBy(desc(invitations.createdAt));
  const responsible = await ctx.db
    .select({ area: responsiblePersons.area, userId: responsiblePersons.userId })
    .from(responsiblePersons)
    .where(eq(responsiblePersons.organizationId, organizationId));
  const [organization] = await ctx.db
    .select({ kind: organizations.kind, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!organization) throw new AppError("ORGANIZATION_NOT_FOUND", { field: "organizationId" });
  return {
    organization: { id: organizationId, ...organization, roles: [...ROLES_OF_KIND[organization.kind]] },
    people,
    invitations: pending.map((p) => ({ ...p, roles: p.roles })),
    responsible: responsible as { area: ResponsibilityArea; userId: string }[],
  };
}

/**
 * Locks the organization's row, so two admins changing people at once are serialized and the
 * last-admin rule sees the other's change; returns the kind and everyone's roles.
 */
async function lockPeople(tx: DbOrTx, organizationId: string) {
  const [organization] = await tx
    .select({ kind: organizations.kind, deactivatedAt: organizations.deactivatedAt })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .for("update");
  if (!organization) throw new AppError("ORGANIZATION_NOT_FOUND", { field: "organizationId" });
  if (organization.deactivatedAt) throw new AppError("ORGANIZATION_INACTIVE", { field: "organizationId" });
  const people = await organizationPeople(tx, organizationId);
  return { kind: organization.kind, people };
}

function memberOf(people: Awaited<ReturnType<typeof organizationPeople>>, userId: string) {
  const person = people.find((p) => p.userId === userId);
  if (!person) throw new AppError("MEMBER_NOT_FOUND", { field: "userId" });
  return person;
}

/** Replaces a member's roles in this organization; no roles at all removes them from it (history stays in the audit). */
export async function setRoles(ctx: Authed, organizationId: string, userId: string, roles: Role[]) {
  const now = ctx.clock();
  const wanted = [...new Set(roles)];
  await ctx.db.transaction(async (tx) => {
    const { kind, people } = await lockPeople(tx, organizationId);
    const person = memberOf(people, userId);
    if (wanted.some((r) => !ROLES_OF_KIND[kind].includes(r))) throw new AppError("ROLE_NOT_OF_ORGANIZATION", { field: "roles" });
    const after = people.map((p) => ({ roles: p.userId === userId ? wanted : p.roles, open: p.closedAt === null }));
    if (!keepsAnAdmin(after)) throw new AppError("LAST_ADMIN", { field: "roles" });
    const removed = person.roles.filter((r) => !wanted.includes(r));
    const added = wanted.filter((r) => !person.roles.includes(r));
    if (removed.length > 0) {
      await tx
        .delete(memberships)
        .where(
          and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId), inArray(memberships.role, removed)),
        );
    }
    if (added.length > 0) {
      await tx.insert(memberships).values(added.map((role) => ({ userId, organizationId, role, createdAt: now })));
    }
    if (wanted.includes("user") && !person.userNumber) {
      await tx
        .update(users)
        .set({ userNumber: await nextUserNumber(tx) })
        .where(eq(users.id, userId));
    }
    if (wanted.length === 0) {
      await tx
        .delete(responsiblePersons)
        .where(and(eq(responsiblePersons.organizationId, organizationId), eq(responsiblePersons.userId, userId)));
    }
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: wanted.length === 0 ? "people.removed" : "people.roles_changed",
      entityType: "user",
      entityId: userId,
      before: { roles: person.roles },
      after: { roles: wanted },
      requestId: ctx.requestId,
    });
  });
  return { ok: true as const };
}

/**
 * Closes the account: it cannot sign in, and its sessions and API tokens stop working in the same
 * transaction. Its rows and history stay. An account that also belongs to another organization is
 * not this organization's to close: remove its roles here instead.
 */
export async function closeAccount(ctx: Authed, organizationId: string, userId: string) {
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    const { people } = await lockPeople(tx, organizationId);
    const person = memberOf(people, userId);
    const [elsewhere] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), ne(memberships.organizationId, organizationId)))
      .limit(1);
    if (elsewhere) throw new AppError("ACCOUNT_SHARED", { field: "userId" });
    if (person.closedAt) return;
    const after = people.map((p) => ({ roles: p.roles, open: p.userId !== userId && p.closedAt === null }));
    if (!keepsAnAdmin(after)) throw new AppError("LAST_ADMIN", { field: "userId" });
    await tx.update(users).set({ disabledAt: now }).where(eq(users.id, userId));
    await tx.delete(signInChallenges).where(eq(signInChallenges.userId, userId));
    const endedSessions = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ userId: sessions.userId });
    const revokedTokens = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: "people.account_closed",
      entityType: "user",
      entityId: userId,
      before: { closedAt: null },
      after: { closedAt: now, sessionsEnded: endedSessions.length, tokensRevoked: revokedTokens.map((t) => t.id) },
      requestId: ctx.requestId,
    });
  });
  return { ok: true as const };
}

/** Reopens a closed account; its revoked tokens stay revoked and it signs in afresh. */
export async function reopenAccount(ctx: Authed, organizationId: string, userId: string) {
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    const { people } = await lockPeople(tx, organizationId);
    const person = memberOf(people, userId);
    if (!person.closedAt) return;
    await tx.update(users).set({ disabledAt: null }).where(eq(users.id, userId));
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: "people.account_reopened",
      entityType: "user",
      entityId: userId,
      before: { closedAt: person.closedAt },
      after: { closedAt: null },
      requestId: ctx.requestId,
    });
  });
  return { ok: true as const };
}

/** Names (or, with null, clears) the person in charge of an area; only an open member can be named. */
export async function setResponsible(ctx: Authed, organizationId: string, area: ResponsibilityArea, userId: string | null) {
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    const { people } = await lockPeople(tx, organizationId);
    if (userId !== null) {
      const person = memberOf(people, userId);
      if (person.closedAt) throw new AppError("ACCOUNT_CLOSED", { field: "userId" });
    }
    const [before] = await tx
      .select({ userId: responsiblePersons.userId })
      .from(responsiblePersons)
      .where(and(eq(responsiblePersons.organizationId, organizationId), eq(responsiblePersons.area, area)));
    await tx
      .delete(responsiblePersons)
      .where(and(eq(responsiblePersons.organizationId, organizationId), eq(responsiblePersons.area, area)));
    if (userId !== null) await tx.insert(responsiblePersons).values({ organizationId, area, userId, namedAt: now });
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: "people.responsible_named",
      entityType: "organization",
      entityId: organizationId,
      before: { area, userId: before?.userId ?? null },
      after: { area, userId },
      requestId: ctx.requestId,
    });
  });
  return { ok: true as const };
}

/** The audit of this organization's people and settings, newest first, with the actor's and the target's names. */
export async function peopleAudit(ctx: Context, organizationId: string) {
  const actor = alias(users, "actor");
  const target = alias(users, "target");
  return ctx.db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorName: actor.name,
      targetName: target.name,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorUserId))
    .leftJoin(target, and(eq(auditLog.entityType, "user"), sql`${target.id}::text = ${auditLog.entityId}::text`))
    .where(
      and(
        eq(auditLog.organizationId, organizationId),
        or(sql`${auditLog.action} like 'people.%'`, sql`${auditLog.action} like 'organization.%'`),
      ),
    )
    .orderBy(desc(auditLog.at))
    .limit(200);
}
