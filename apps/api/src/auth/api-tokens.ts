import { and, eq, isNull } from "drizzle-orm";
import { apiTokens, writeAudit, type DbOrTx } from "@reskontra/db";
import { API_TOKEN_PREFIX, digest, newSecret } from "./tokens";

/** Creates a token for tooling; the secret is returned once and only its digest is kept. */
export async function createApiToken(
  db: DbOrTx,
  input: { userId: string; name: string; now: Date; expiresAt: Date | null; requestId?: string | null },
): Promise<{ id: string; token: string }> {
  const token = newSecret(API_TOKEN_PREFIX);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        userId: input.userId,
        name: input.name,
        tokenHash: digest(token),
        createdAt: input.now,
        expiresAt: input.expiresAt,
      })
      .returning({ id: apiTokens.id });
    if (!row) throw new Error("token insert returned nothing");
    await writeAudit(tx, {
      at: input.now,
      actorUserId: input.userId,
      organizationId: null,
      action: "auth.api_token.created",
      entityType: "api_token",
      entityId: row.id,
      after: { name: input.name, expiresAt: input.expiresAt },
      requestId: input.requestId,
    });
    return { id: row.id, token };
  });
}

export async function revokeApiToken(db: DbOrTx, input: { userId: string; id: string; now: Date }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const revoked = await tx
      .update(apiTokens)
      .set({ revokedAt: input.now })
      .where(and(eq(apiTokens.id, input.id), eq(apiTokens.userId, input.userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    if (revoked.length === 0) return false;
    await writeAudit(tx, {
      at: input.now,
      actorUserId: input.userId,
      organizationId: null,
      action: "auth.api_token.revoked",
      entityType: "api_token",
      entityId: input.id,
    });
    return true;
  });
}
