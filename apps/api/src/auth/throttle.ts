import { isIPv6 } from "node:net";
import { loginAttempts, loginThrottle, type Db, type DbOrTx } from "@reskontra/db";
import { and, eq, gt, sql } from "drizzle-orm";
import {
  ACCOUNT_FREE_FAILURES,
  KNOWN_SOURCE_MS,
  SOURCE_FREE_FAILURES,
  THROTTLE_BASE_DELAY_MS,
  THROTTLE_FORGET_MS,
  THROTTLE_FREE_FAILURES,
  THROTTLE_MAX_DELAY_MS,
} from "./policy";

// Sign-in throttling (see policy.ts for the numbers). Every attempt is counted in login_throttle,
// under the rows' locks and committed, BEFORE the password is checked: parallel requests, a batch
// and a second api process all queue on the same rows, so no guess slips past the count. Three rows:
//
//   (account, source)  the usual one: a few free failures, then a doubling delay (never a hard lock);
//   ("*", source)      one source trying many accounts;
//   (account, "*")     many sources trying one account — enforced only on sources that have never
//                      signed in to that account, so strangers cannot lock the owner out of it.
//
// A success clears the (account, source) row; a refused attempt is not counted (the wait does not grow).

const ANY = "*";

/**
 * Wrong second-factor codes are counted like wrong passwords, in rows of their own ("code:" and
 * the e-mail) that only a right code clears — so re-entering the right password never wipes the
 * count of guessed codes. The per-source row across accounts is shared by both steps.
 */
export type SignInStep = "password" | "code";

function accountOf(email: string, step: SignInStep): string {
  return step === "code" ? `code:${email}` : email;
}

/** The throttle's idea of a source: the address, an IPv6 address cut to its /64 (one subscriber's block). */
export function sourceOf(ip: string | null | undefined): string {
  if (!ip) return "unknown";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/** The wait after `failures` failures of a row with `free` free ones: 0, then 30 s, 1 min, 2 min … at most 15 min. */
export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(THROTTLE_MAX_DELAY_MS, THROTTLE_BASE_DELAY_MS * 2 ** (failures - free));
}

interface Key {
  account: string;
  source: string;
  free: number;
  enforced: boolean;
}

export type Reservation = { ok: true } | { ok: false; waitMs: number };

async function knownSource(db: Db, email: string, ip: string | null, now: Date): Promise<boolean> {
  if (!ip) return false;
  const [row] = await db
    .select({ id: loginAttempts.id })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.email, email),
        eq(loginAttempts.ip, ip),
        eq(loginAttempts.success, true),
        gt(loginAttempts.attemptedAt, new Date(now.getTime() - KNOWN_SOURCE_MS)),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/**
 * Counts one sign-in attempt for `email` from `ip` before its password is checked, or refuses it
 * with the time left to wait. Committed on return, whatever the password check says later.
 */
export async function reserveLoginAttempt(
  db: Db,
  email: string,
  ip: string | null,
  now: Date,
  step: SignInStep = "password",
): Promise<Reservation> {
  const source = sourceOf(ip);
  const account = accountOf(email, step);
  const keys: Key[] = [
    { account: ANY, source, free: SOURCE_FREE_FAILURES, enforced: true },
    { account, source: ANY, free: ACCOUNT_FREE_FAILURES, enforced: !(await knownSource(db, email, ip, now)) },
    { account, source, free: THROTTLE_FREE_FAILURES, enforced: true },
  ].sort((a, b) => (a.account === b.account ? cmp(a.source, b.source) : cmp(a.account, b.account)));
  const forgetBefore = new Date(now.getTime() - THROTTLE_FORGET_MS);

  return db.transaction(async (tx) => {
    await tx
      .insert(loginThrottle)
      .values(keys.map((k) => ({ account: k.account, source: k.source, failures: 0, lastAttemptAt: now, nextAttemptAt: now })))
      .onConflictDoNothing();
    // One statement locks the rows in one order, so concurrent sign-ins never deadlock.
    const rows = await tx
      .select()
      .from(loginThrottle)
      .where(
        sql`(${loginThrottle.account}, ${loginThrottle.source}) in (${sql.join(
          keys.map((k) => sql`(${k.account}, ${k.source})`),
          sql`, `,
        )})`,
      )
      .orderBy(loginThrottle.account, loginThrottle.source)
      .for("update");
    const state = keys.map((k) => {
      const row = rows.find((r) => r.account === k.account && r.source === k.source);
      const fresh = !row || row.lastAttemptAt < forgetBefore;
      return { ...k, failures: fresh ? 0 : row.failures, next: fresh ? now : row.nextAttemptAt };
    });
    const waitMs = Math.max(0, ...state.filter((s) => s.enforced).map((s) => s.next.getTime() - now.getTime()));
    if (waitMs > 0) return { ok: false as const, waitMs };
    for (const s of state) {
      const failures = s.failures + 1;
      await tx
        .update(loginThrottle)
        .set({ failures, lastAttemptAt: now, nextAttemptAt: new Date(now.getTime() + delayAfter(failures, s.free)) })
        .where(and(eq(loginThrottle.account, s.account), eq(loginThrottle.source, s.source)));
    }
    return { ok: true as const };
  });
}

/** The step was right: this source's count for the account starts over, and the reserved failure is taken back. */
export async function clearLoginFailures(
  tx: DbOrTx,
  email: string,
  ip: string | null,
  step: SignInStep = "password",
): Promise<void> {
  const source = sourceOf(ip);
  const account = accountOf(email, step);
  await tx.delete(loginThrottle).where(and(eq(loginThrottle.account, account), eq(loginThrottle.source, source)));
  await tx
    .update(loginThrottle)
    .set({ failures: sql`greatest(${loginThrottle.failures} - 1, 0)` })
    .where(sql`(${loginThrottle.account}, ${loginThrottle.source}) in ((${ANY}, ${source}), (${account}, ${ANY}))`);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
