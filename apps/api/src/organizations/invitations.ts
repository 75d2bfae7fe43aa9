import { and, eq, isNull, sql } from "drizzle-orm";
import { invitations, memberships, organizations, users, writeAudit } from "@reskontra/db";
import { PASSWORD_MIN_LENGTH, type inviteInput } from "@reskontra/contracts/organizations";
import { ROLES_OF_KIND } from "@reskontra/domain";
import { createTranslator } from "@reskontra/i18n";
import type { z } from "zod";
import { hashPassword, verifyPassword } from "../auth/password";
import { SECOND_FACTOR_ROLES } from "../auth/policy";
import { digest, newSecret } from "../auth/tokens";
import { AppError } from "../errors";
import type { Context } from "../trpc/context";
import { setSessionCookie, startSession } from "./invited-session";
import { organizationMailMessages } from "./mail-messages";
import { activeOrganization } from "./operator";
import { appUrl, queueMail, sendQueuedMail } from "./queue-mail";
import { nextUserNumber } from "./user-number";

type Authed = Context & { auth: NonNullable<Context["auth"]> };

/** A week: long enough for a holiday weekend, short enough that a forgotten mail goes stale. */
export const INVITATION_VALID_DAYS = 7;

/**
 * Invites a person to the organization with some of its roles: a single-use link by e-mail, only
 * the link's digest stored. A newer invitation to the same address replaces an open older one.
 */
export async function inviteMember(ctx: Authed, organizationId: string, input: z.output<typeof inviteInput>) {
  const now = ctx.clock();
  const email = input.email.toLowerCase();
  const roles = [...new Set(input.roles)];
  const token = newSecret();
  const result = await ctx.db.transaction(async (tx) => {
    const organization = await activeOrganization(tx, organizationId);
    if (!organization) throw new AppError("ORGANIZATION_INACTIVE", { field: "organizationId" });
    if (roles.some((r) => !ROLES_OF_KIND[organization.kind].includes(r))) {
      throw new AppError("ROLE_NOT_OF_ORGANIZATION", { field: "roles" });
    }
    const [member] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, organizationId), sql`lower(${users.email}) = ${email}`))
      .limit(1);
    if (member) throw new AppError("MEMBER_EXISTS", { field: "email" });
    await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(invitations.organizationId, organizationId),
          eq(invitations.email, email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      );
    const expiresAt = new Date(now.getTime() + INVITATION_VALID_DAYS * 86_400_000);
    const [row] = await tx
      .insert(invitations)
      .values({
        organizationId,
        email,
        name: input.name,
        roles,
        tokenHash: digest(token),
        invitedBy: ctx.auth.user.id,
        createdAt: now,
        expiresAt,
      })
      .returning({ id: invitations.id });
    if (!row) throw new Error("invitation insert returned nothing");
    const t = createTranslator(organizationMailMessages, ctx.locale);
    const mailId = await queueMail(tx, {
      idempotencyKey: `invitation:${row.id}`,
      toAddress: email,
      subject: t("invitationSubject", { organization: organization.name }),
      body: t("invitationBody", {
        inviter: ctx.auth.user.name,
        organization: organization.name,
        roles: roles.map((r) => t(`role.${r}`)).join(", "),
        link: appUrl(ctx, `/invitation#${token}`),
        days: INVITATION_VALID_DAYS,
      }),
      now,
    });
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: "people.invited",
      entityType: "invitation",
      entityId: row.id,
      after: { email, name: input.name, roles, expiresAt },
      requestId: ctx.requestId,
    });
    return { id: row.id, mailId, expiresAt };
  });
  await sendQueuedMail(ctx, result.mailId);
  return { id: result.id, expiresAt: result.expiresAt };
}

export async function revokeInvitation(ctx: Authed, organizationId: string, invitationId: string) {
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    const revoked = await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(invitations.id, invitationId),
          eq(invitations.organizationId, organizationId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ email: invitations.email });
    if (revoked.length === 0) throw new AppError("INVITATION_NOT_FOUND", { field: "invitationId" });
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: "people.invitation_revoked",
      entityType: "invitation",
      entityId: invitationId,
      before: { email: revoked[0]?.email },
      requestId: ctx.requestId,
    });
  });
  return { ok: true as const };
}

async function openInvitation(tx: Context["db"], token: string, now: Date, lock: boolean) {
  const query = tx
    .select({
      id: invitations.id,
      organizationId: invitations.organizationId,
      organizationName: organizations.name,
      organizationKind: organizations.kind,
      deactivatedAt: organizations.deactivatedAt,
      email: invitations.email,
      name: invitations.name,
      roles: invitations.roles,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.tokenHash, digest(token)));
  const [row] = lock ? await query.for("update", { of: invitations }) : await query;
  if (!row || row.acceptedAt || row.revokedAt || row.expiresAt <= now || row.deactivatedAt) {
    throw new AppError("INVITATION_INVALID", { field: "token" });
  }
  return row;
}

/** What the invitee sees before accepting: the organization, the roles and whether they already have an account. */
export async function describeInvitation(ctx: Context, token: string) {
  // An unusable link answers null rather than refusing: the page says so, and a look is no error.
  const row = await openInvitation(ctx.db, token, ctx.clock(), false).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "INVITATION_INVALID") return null;
    throw error;
  });
  if (!row) return null;
  const [user] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${row.email}`);
  return {
    organizationName: row.organizationName,
    email: row.email,
    name: row.name,
    roles: row.roles,
    existingAccount: Boolean(user),
    expiresAt: row.expiresAt,
  };
}

/**
 * Accepts an invitation. A new person sets their name and password and is signed in at once; a
 * person who already has an account proves it with their password and gets the membership (they
 * sign in as usual, so a second factor of theirs is never skipped by a link), as does a new person
 * whose roles need a second factor.
 */
export async function acceptInvitation(ctx: Context, input: { token: string; name: string; password: string }) {
  const now = ctx.clock();
  const result = await ctx.db.transaction(async (tx) => {
    const invitation = await openInvitation(tx, input.token, now, true);
    const [existing] = await tx
      .select()
      .from(users)
      .where(sql`lower(${users.email}) = ${invitation.email}`)
      .for("update");
    const roles = invitation.roles;
    let userId: string;
    let signIn = false;
    if (existing) {
      if (existing.disabledAt) throw new AppError("ACCOUNT_CLOSED", { field: "token" });
      if (!(await verifyPassword(input.password, existing.passwordHash))) {
        throw new AppError("CURRENT_PASSWORD_WRONG", { field: "password" });
      }
      userId = existing.id;
      if (roles.includes("user") && !existing.userNumber) {
        await tx
          .update(users)
          .set({ userNumber: await nextUserNumber(tx) })
          .where(eq(users.id, userId));
      }
    } else {
      if ([...input.password.normalize("NFKC")].length < PASSWORD_MIN_LENGTH) {
        throw new AppError("PASSWORD_TOO_SHORT", { field: "password" });
      }
      const [created] = await tx
        .insert(users)
        .values({
          email: invitation.email,
          name: input.name,
          passwordHash: await hashPassword(input.password),
          locale: ctx.locale,
          userNumber: roles.includes("user") ? await nextUserNumber(tx) : null,
          createdAt: now,
        })
        .returning({ id: users.id });
      if (!created) throw new Error("user insert returned nothing");
      userId = created.id;
      // A role that needs a second factor signs in through the sign-in form, which enrols it; a link alone is not enough.
      signIn = !roles.some((r) => (SECOND_FACTOR_ROLES as readonly string[]).includes(r));
    }
    await tx
      .insert(memberships)
      .values(roles.map((role) => ({ userId, organizationId: invitation.organizationId, role, createdAt: now })))
      .onConflictDoNothing();
    await tx.update(invitations).set({ acceptedAt: now, acceptedUserId: userId }).where(eq(invitations.id, invitation.id));
    const [after] = await tx.select({ userNumber: users.userNumber }).from(users).where(eq(users.id, userId));
    await writeAudit(tx, {
      at: now,
      actorUserId: userId,
      organizationId: invitation.organizationId,
      action: "people.invitation_accepted",
      entityType: "user",
      entityId: userId,
      after: {
        invitationId: invitation.id,
        email: invitation.email,
        roles,
        newAccount: signIn,
        userNumber: after?.userNumber ?? null,
      },
      requestId: ctx.requestId,
    });
    const token = signIn ? await startSession(tx, userId, now) : null;
    return { userId, token, organizationId: invitation.organizationId };
  });
  if (result.token) setSessionCookie(ctx.cookies, result.token);
  return { userId: result.userId, organizationId: result.organizationId, signedIn: result.token !== null };
}
