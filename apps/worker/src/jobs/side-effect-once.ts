import { and, eq, sql } from "drizzle-orm";
import { perDatabase, queryRows, sideEffects, turnBatcher, type Db } from "@reskontra/db";
import { STALE_AFTER_MS } from "./heartbeat";

/**
 * At-most-once for side effects that cannot be undone or deduplicated downstream (an SMTP
 * hand-over). The protocol, in the side_effects table:
 *
 * 1. Claim the key with status "started" in its own committed statement, before acting.
 * 2. Act.
 * 3. Mark the key "done" with the result.
 *
 * A later run that finds "done" reuses the result and does not act again. One that finds
 * "started" cannot know whether step 2 happened: while the claim is younger than the lease
 * another run may still be acting, so it throws and the queue retries later; once the lease
 * has passed the outcome is "uncertain", which the caller reports to a person instead of
 * acting twice. Only an error that proves nothing happened releases the claim.
 *
 * A claim names the worker process that made it (`holder`, its heartbeat id). When that process
 * has stopped beating it is dead, nothing is in flight any more, and the outcome is "uncertain"
 * at once: a crash during the hand-over reaches a person in seconds, not after the lease.
 */

export const SIDE_EFFECT_LEASE_MS = 2 * 60_000;

export type SideEffectOutcome<T> =
  { status: "done"; result: T; performedNow: boolean } | { status: "uncertain"; startedAt: Date };

/** Another run holds a fresh claim on the key; retrying later is the right reaction. */
export class SideEffectInFlightError extends Error {
  constructor(
    readonly key: string,
    readonly startedAt: Date,
  ) {
    super(`side effect ${key} was started at ${startedAt.toISOString()} and may still be in flight; retry later`);
    this.name = "SideEffectInFlightError";
  }
}

export interface SideEffectOnceOptions<T> {
  key: string;
  clock: () => Date;
  perform: () => Promise<T>;
  /** Reads back the stored result of an earlier run (it went through jsonb). */
  parseResult: (stored: unknown) => T;
  /** True only when the error proves the effect did not happen (e.g. the connection was refused). */
  isDefinitelyNotPerformed?: (error: unknown) => boolean;
  leaseMs?: number;
  /** The claiming worker's heartbeat id; without one, only the lease tells a dead claimer. */
  holder?: string;
}

export async function runSideEffectOnce<T>(db: Db, opts: SideEffectOnceOptions<T>): Promise<SideEffectOutcome<T>> {
  const { key } = opts;
  const claimed = await claims(db)({ key, startedAt: opts.clock(), holder: opts.holder ?? null });
  if (!claimed) return inspectExistingClaim(db, opts);

  let result: T;
  try {
    result = await opts.perform();
  } catch (error) {
    if (opts.isDefinitelyNotPerformed?.(error) === true) {
      await db.delete(sideEffects).where(and(eq(sideEffects.key, key), eq(sideEffects.status, "started")));
    }
    throw error;
  }
  await dones(db)({ key, doneAt: opts.clock(), result });
  return { status: "done", result, performedNow: true };
}

interface DoneRequest {
  key: string;
  doneAt: Date;
  result: unknown;
}

/**
 * Step 3, "done", for the keys whose effects ended in the same turn, as one statement (turnBatcher):
 * a pool of SMTP connections finishes several mails a turn, and each was a statement and a commit of
 * its own. A key stays "started" until its statement commits, so a crash before it leaves the
 * outcome uncertain, exactly as a crash before a statement of its own would.
 */
const dones = perDatabase((db) => turnBatcher<DoneRequest, void>((batch) => markAllDone(db, batch)));

async function markAllDone(db: Db, batch: DoneRequest[]): Promise<void[]> {
  const rows = batch.map(({ key, doneAt, result }) => ({ key, done_at: doneAt.toISOString(), result: result ?? null }));
  await db.execute(sql`UPDATE side_effects SET status = 'done', done_at = d.done_at, result = d.result
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS d(key text, done_at timestamptz, result jsonb)
    WHERE side_effects.key = d.key AND side_effects.status = 'started'`);
  return batch.map(() => undefined);
}

interface ClaimRequest {
  key: string;
  startedAt: Date;
  holder: string | null;
}

/**
 * Step 1, the claim, in its own committed statement. Claims asked for in the same turn of the event
 * loop on one database go together as one statement (turnBatcher): a batch of dispatches claims its
 * 25 mails at once (they are all handed to the SMTP pool at once anyway), not in 25 round trips.
 * Each claimer learns whether its own key was free; a key asked for twice in one turn is claimed by the first.
 */
const claims = perDatabase((db) => turnBatcher<ClaimRequest, boolean>((batch) => claimAll(db, batch)));

async function claimAll(db: Db, batch: ClaimRequest[]): Promise<boolean[]> {
  const first = new Map<string, ClaimRequest>();
  for (const request of batch) if (!first.has(request.key)) first.set(request.key, request);
  try {
    const rows = [...first.values()].map(({ key, startedAt, holder }) => ({
      key,
      status: "started" as const,
      startedAt,
      holder,
    }));
    const claimed = await db.insert(sideEffects).values(rows).onConflictDoNothing().returning({ key: sideEffects.key });
    const free = new Set(claimed.map((c) => c.key));
    return batch.map((request) => first.get(request.key) === request && free.has(request.key));
  } catch (error) {
    throw error instanceof Error ? error : new Error(String(error));
  }
}

async function inspectExistingClaim<T>(db: Db, opts: SideEffectOnceOptions<T>): Promise<SideEffectOutcome<T>> {
  const [row] = await db.select().from(sideEffects).where(eq(sideEffects.key, opts.key));
  // Released between our insert and this read: let the queue run us again rather than loop here.
  if (!row) throw new SideEffectInFlightError(opts.key, opts.clock());
  if (row.status === "done") return { status: "done", result: opts.parseResult(row.result), performedNow: false };
  if (row.status === "uncertain") return { status: "uncertain", startedAt: row.startedAt };

  const age = opts.clock().getTime() - row.startedAt.getTime();
  if (age < (opts.leaseMs ?? SIDE_EFFECT_LEASE_MS) && !(await isHolderGone(db, row.holder))) {
    throw new SideEffectInFlightError(opts.key, row.startedAt);
  }
  // Recorded so the key keeps answering "uncertain" and an agent can find it.
  await db
    .update(sideEffects)
    .set({ status: "uncertain" })
    .where(and(eq(sideEffects.key, opts.key), eq(sideEffects.status, "started")));
  return { status: "uncertain", startedAt: row.startedAt };
}

/** True when the claiming process is known and has stopped beating (or its row is gone). */
async function isHolderGone(db: Db, holder: string | null): Promise<boolean> {
  if (holder === null) return false;
  const alive = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM worker_instances WHERE id = ${holder} AND beat_at >= now() - ${`${STALE_AFTER_MS} milliseconds`}::interval`,
  );
  return alive.length === 0;
}
