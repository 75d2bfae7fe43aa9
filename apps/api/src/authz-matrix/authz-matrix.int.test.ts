import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../router";
import { createHarness, type Harness } from "../testing/harness";
import { buildMatrixFixtures, markersOf, type MatrixCaller, type TenantView } from "./matrix-fixtures";
import { TABLE_FILES, type MatrixRow, type MatrixTable } from "./matrix-row";
import { invoiceRows } from "./rows-invoices";
import { platformRows } from "./rows-platform";
import { reminderRows } from "./rows-reminders";
import { supportRows } from "./rows-support";
import { voucherRows } from "./rows-vouchers";
import { homeRows } from "./rows-home";

/**
 * The authorization matrix, standing: every procedure of the router × every caller (anonymous,
 * each demo role, the second tenant's people), on the caller's own objects and on the other
 * tenant's. Outsiders are refused; a call naming another tenant's object never succeeds and no
 * answer carries the other tenant's ids. Own objects are only read: mutations are tried only where
 * the answer must be a refusal, so the data stays as it was.
 */
const rows: MatrixTable = { ...platformRows, ...invoiceRows, ...reminderRows, ...supportRows, ...voucherRows, ...homeRows };
// At run time `_def.procedures` is flat ("vouchers.organizer.client" → procedure).
const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;

type Caller = Awaited<ReturnType<Harness["as"]>>;
type Outcome = { ok: true; output: unknown } | { ok: false; code: string };

async function call(caller: Caller, path: string, input: unknown): Promise<Outcome> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    i: unknown,
  ) => Promise<unknown>;
  try {
    return { ok: true, output: await fn(input) };
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false, code: error.code };
    throw error;
  }
}

describe("the authorization matrix's table", () => {
  it("has exactly one row per procedure of the router", () => {
    const missing = Object.keys(procedures)
      .filter((path) => !rows[path])
      .map(
        (path) =>
          `${path} (${procedures[path]?._def.type}) has no row: add "${path}": { access: [...roles] | "signed-in" | "public", input: ({ org, t }) => ({ ... }) } ` +
          `to ${TABLE_FILES[path.split(".")[0] ?? ""] ?? "a new apps/api/src/authz-matrix/rows-<module>.ts (and TABLE_FILES)"}`,
      );
    const stale = Object.keys(rows)
      .filter((path) => !procedures[path])
      .map((path) => `row "${path}" names no procedure: remove it from ${TABLE_FILES[path.split(".")[0] ?? ""]}`);
    expect([...missing, ...stale]).toEqual([]);
  });
});

describe("the authorization matrix", () => {
  let h: Harness;
  let fx: Awaited<ReturnType<typeof buildMatrixFixtures>>;
  const signedIn = new Map<string, Caller>();
  // One sign-in per person: each costs a password hash.
  const sessions = new Map<string, Caller>();
  const as = async (email: string) => {
    const known = sessions.get(email);
    if (known) return known;
    const caller = await h.as(email);
    sessions.set(email, caller);
    return caller;
  };
  beforeAll(async () => {
    const started = Date.now();
    h = await createHarness();
    fx = await buildMatrixFixtures(h, as);
    for (const c of fx.callers) signedIn.set(c.key, c.email ? await as(c.email) : h.anonymous());
    console.info(`authorization matrix: database, fixtures and sign-ins in ${Date.now() - started} ms`);
  }, 300_000);
  afterAll(async () => h?.dispose());

  it("refuses outsiders, refuses every call naming another tenant's object, and leaks no other tenant's ids", async () => {
    const started = Date.now();
    const failures: string[] = [];
    const counts = { calls: 0, others: 0, outsiders: 0, own: 0 };
    const isInsider = (row: MatrixRow, c: MatrixCaller) =>
      row.access === "public" || (row.access === "signed-in" ? c.email !== null : c.role !== null && row.access.includes(c.role));
    const leaks = (output: unknown, views: TenantView[]) => {
      const json = JSON.stringify(output) ?? "";
      return views.flatMap(markersOf).filter((marker) => json.includes(marker));
    };

    for (const [path, row] of Object.entries(rows)) {
      const type = procedures[path]?._def.type;
      if (!type) continue;
      const build = (org: string, t: TenantView, own: TenantView) => row.input?.({ org, t, own, g: fx.g });
      const answersNothing = row.answersNothing ?? ((out: unknown) => Array.isArray(out) && out.length === 0);

      for (const c of fx.callers) {
        const caller = signedIn.get(c.key) as Caller;
        const where = `${path} as ${c.key}`;
        const run = async (input: unknown) => {
          counts.calls += 1;
          return call(caller, path, input);
        };

        if (!isInsider(row, c)) {
          counts.outsiders += 1;
          const outcome = await run(build(c.org, fx.a, fx.a));
          if (outcome.ok || !["UNAUTHORIZED", "FORBIDDEN"].includes(outcome.code))
            failures.push(`${where}: an outsider got ${outcome.ok ? "an answer" : outcome.code}, not FORBIDDEN/UNAUTHORIZED`);
          continue;
        }

        const global = c.role !== null && (row.global ?? []).includes(c.role);
        const isTenant = c.counterpart !== null && !global;
        // The caller's own objects: the demo tenant for the operator's people and the public.
        const ownView = c.view ?? (isTenant ? null : fx.a);
        const owner =
          ownView !== null &&
          (row.access === "public" || global || !row.owners || (c.role !== null && row.owners.includes(c.role)));
        const others: TenantView[] = c.counterpart ? [c.counterpart.view] : global ? [] : [fx.a, fx.b];
        const namesObjects =
          row.input !== undefined && JSON.stringify(build(c.org, fx.a, fx.a)) !== JSON.stringify(build(c.org, fx.b, fx.b));

        if (type === "query" && (owner || !namesObjects)) {
          counts.own += 1;
          const outcome = await run(build(c.org, ownView ?? fx.a, ownView ?? fx.a));
          if (!outcome.ok && owner) failures.push(`${where}: its own call was refused with ${outcome.code}`);
          if (outcome.ok && leaks(outcome.output, others).length > 0)
            failures.push(`${where}: answered with another tenant's ${leaks(outcome.output, others).join(", ")}`);
        }
        if (global) continue;

        const target = c.counterpart?.view ?? fx.a;
        const mine = c.view ?? target;
        const attacks: unknown[] = [];
        if (namesObjects) {
          attacks.push(build(c.org, target, mine));
          for (const mixed of row.mixed ?? []) attacks.push(mixed({ org: c.org, t: target, own: mine, g: fx.g }));
        }
        // In the other tenant's name: the tenant check refuses it whatever it names.
        if (c.counterpart && (build(c.org, target, mine) as { organizationId?: string } | undefined)?.organizationId)
          attacks.push(build(c.counterpart.org, target, target));
        for (const input of attacks) {
          counts.others += 1;
          const outcome = await run(input);
          if (outcome.ok) {
            const leaked = leaks(outcome.output, others);
            if (!answersNothing(outcome.output) || leaked.length > 0)
              failures.push(
                `${where} with another's object succeeded: ${JSON.stringify(input)} → ${JSON.stringify(outcome.output).slice(0, 200)}`,
              );
          } else if (!["NOT_FOUND", "FORBIDDEN"].includes(outcome.code)) {
            failures.push(`${where} with another's object: ${outcome.code}, not NOT_FOUND/FORBIDDEN: ${JSON.stringify(input)}`);
          }
        }
      }
    }

    console.info(
      `authorization matrix: ${Object.keys(rows).length} procedures × ${fx.callers.length} callers; ${counts.calls} calls, ` +
        `${counts.others} naming another tenant's object, ${counts.outsiders} by outsiders, ${counts.own} on own objects; ${failures.length} failures; ${Date.now() - started} ms`,
    );
    expect(failures).toEqual([]);
  }, 300_000);
});
