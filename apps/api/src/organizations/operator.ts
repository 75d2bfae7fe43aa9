import { and, asc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { memberships, organizations, organizerProviders, users, writeAudit, type DbOrTx } from "@reskontra/db";
import type { organizationInput } from "@reskontra/contracts/organizations";
import type { z } from "zod";
import { AppError } from "../errors";
import type { Context } from "../trpc/context";

type Authed = Context & { auth: NonNullable<Context["auth"]> };
type OrganizationValues = z.output<typeof organizationInput>;

/** Every organization with its number of people, for the operator's list. */
export async function listOrganizations(ctx: Context) {
  const rows = await ctx.db
    .select({
      id: organizations.id,
      kind: organizations.kind,
      name: organizations.name,
      businessId: organizations.businessId,
      deactivatedAt: organizations.deactivatedAt,
      people: sql<number>`(select count(distinct ${memberships.userId})::int from ${memberships} where ${memberships.organizationId} = ${organizations.id})`,
    })
    .from(organizations)
    .orderBy(asc(organizations.name));
  return rows.map((r) => ({ ...r, people: Number(r.people) }));
}

export async function getOrganization(ctx: Context, id: string) {
  const [row] = await ctx.db.select().from(organizations).where(eq(organizations.id, id));
  if (!row) throw new AppError("ORGANIZATION_NOT_FOUND", { field: "organizationId" });
  const served = await ctx.db
    .select({ organizerId: organizerProviders.organizerId })
    .from(organizerProviders)
    .where(eq(organizerProviders.providerId, id));
  return { ...row, servesOrganizerIds: served.map((s) => s.organizerId) };
}

async function checkValues(tx: DbOrTx, values: OrganizationValues, selfId: string | null) {
  if (values.businessId) {
    const [taken] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.businessId, values.businessId), selfId ? ne(organizations.id, selfId) : undefined));
    if (taken) throw new AppError("BUSINESS_ID_TAKEN", { field: "businessId" });
  }
  if (values.servesOrganizerIds.length > 0) {
    if (values.kind !== "billing_company") throw new AppError("SERVED_ORGANIZER_INVALID", { field: "servesOrganizerIds" });
    const found = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(inArray(organizations.id, values.servesOrganizerIds), eq(organizations.kind, "organizer")));
    if (found.length !== new Set(values.servesOrganizerIds).size) {
      throw new AppError("SERVED_ORGANIZER_INVALID", { field: "servesOrganizerIds" });
    }
  }
}

function columnsOf(values: OrganizationValues) {
  const { servesOrganizerIds: _served, ...columns } = values;
  return columns;
}

async function linkOrganizers(tx: DbOrTx, providerId: string, organizerIds: string[], now: Date) {
  await tx.delete(organizerProviders).where(eq(organizerProviders.providerId, providerId));
  if (organizerIds.length > 0) {
    await tx
      .insert(organizerProviders)
      .values([...new Set(organizerIds)].map((organizerId) => ({ organizerId, providerId, linkedAt: now })));
  }
}

export async function createOrganization(ctx: Authed, values: OrganizationValues) {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    await checkValues(tx, values, null);
    const [row] = await tx
      .insert(organizations)
      .values({ ...columnsOf(values), createdAt: now })
      .returning({ id: organizations.id });
    if (!row) throw new Error("organization insert returned nothing");
    await linkOrganizers(tx, row.id, values.servesOrganizerIds, now);
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: row.id,
      action: "organization.created",
      entityType: "organization",
      entityId: row.id,
      after: values,
      requestId: ctx.requestId,
    });
    return { id: row.id };
  });
}

export async function updateOrganization(ctx: Authed, id: string, values: OrganizationValues) {
  const now = ctx.clock();
  const before = await getOrganization(ctx, id);
  await ctx.db.transaction(async (tx) => {
    await checkValues(tx, values, id);
    await tx.update(organizations).set(columnsOf(values)).where(eq(organizations.id, id));
    await linkOrganizers(tx, id, values.servesOrganizerIds, now);
    const { createdAt: _c, deactivatedAt: _d, id: _i, ...beforeValues } = before;
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: id,
      action: "organization.updated",
      entityType: "organization",
      entityId: id,
      before: beforeValues,
      after: values,
      requestId: ctx.requestId,
    });
  });
  return { id };
}

/** Deactivating keeps every row: its people just cannot act in it (load-auth drops its memberships). */
export async function setOrganizationActive(ctx: Authed, id: string, active: boolean) {
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ deactivatedAt: organizations.deactivatedAt, kind: organizations.kind })
      .from(organizations)
      .where(eq(organizations.id, id))
      .for("update");
    if (!row) throw new AppError("ORGANIZATION_NOT_FOUND", { field: "organizationId" });
    // The operator's own organization holds the platform admins: switching it off would lock everyone out.
    if (!active && row.kind === "operator") throw new AppError("LAST_ADMIN", { field: "organizationId" });
    const deactivatedAt = active ? null : (row.deactivatedAt ?? now);
    await tx.update(organizations).set({ deactivatedAt }).where(eq(organizations.id, id));
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: id,
      action: active ? "organization.reactivated" : "organization.deactivated",
      entityType: "organization",
      entityId: id,
      before: { deactivatedAt: row.deactivatedAt },
      after: { deactivatedAt },
      requestId: ctx.requestId,
    });
  });
  return { ok: true as const };
}

/** People of any organization with their roles, for the operator: never a password hash or a token. */
export async function organizationPeople(db: DbOrTx, organizationId: string) {
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      userNumber: users.userNumber,
      disabledAt: users.disabledAt,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(asc(users.name), asc(memberships.role));
  const people = new Map<
    string,
    {
      userId: string;
      name: string;
      email: string;
      userNumber: string | null;
      closedAt: Date | null;
      roles: (typeof rows)[number]["role"][];
    }
  >();
  for (const r of rows) {
    const p = people.get(r.userId) ?? {
      userId: r.userId,
      name: r.name,
      email: r.email,
      userNumber: r.userNumber,
      closedAt: r.disabledAt,
      roles: [],
    };
    p.roles.push(r.role);
    people.set(r.userId, p);
  }
  return [...people.values()];
}

export async function activeOrganization(tx: DbOrTx, id: string) {
  const [row] = await tx
    .select({ id: organizations.id, name: organizations.name, kind: organizations.kind })
    .from(organizations)
    .where(and(eq(organizations.id, id), isNull(organizations.deactivatedAt)));
  return row ?? null;
}
