import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { and, eq, isNull } from "drizzle-orm";
import { apiTokens, type Db } from "@reskontra/db";
import { createApiToken } from "../auth/api-tokens";
import { digest } from "../auth/tokens";

/**
 * The demo agent's API token for `pnpm reskontra`, kept in the data folder (mode 600) so the CLI
 * works right after `pnpm start`. A token whose digest is no longer in the database is replaced.
 */
export async function ensureDemoToken(db: Db, dataDir: string, userId: string, now: Date): Promise<string> {
  const file = path.join(dataDir, "demo-api-token");
  if (existsSync(file)) {
    const token = readFileSync(file, "utf8").trim();
    const [row] = await db
      .select({ id: apiTokens.id })
      .from(apiTokens)
      .where(and(eq(apiTokens.tokenHash, digest(token)), isNull(apiTokens.revokedAt)));
    if (row) return file;
  }
  const { token } = await createApiToken(db, { userId, name: "demo CLI", now, expiresAt: null });
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return file;
}
