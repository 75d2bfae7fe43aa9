import { lt } from "drizzle-orm";
import { sessions, type Db } from "@reskontra/db";

/** Idempotent by nature: deleting what has already gone deletes nothing. */
export async function cleanExpiredSessions(db: Db, now: Date): Promise<number> {
  const removed = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ tokenHash: sessions.tokenHash });
  return removed.length;
}
