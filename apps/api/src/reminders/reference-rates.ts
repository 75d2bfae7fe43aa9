import { and, asc, eq } from "drizzle-orm";
import { referenceRates, reminderSettings, users, writeAudit } from "@reskontra/db";
import { DomainError, halfYearOf, helsinkiToday, nextHalfYear, validateReferenceRate, type MissingRatePolicy } from "@reskontra/domain";
import type { ReferenceRateInput } from "@reskontra/contracts/reminders";
import type { AuthedContext } from "../trpc/authed";
import { requireActive, type TenantContext } from "./access";

/** Everyone signed in may read the rates and where each comes from; the run uses exactly these. */
export async function listReferenceRates(ctx: AuthedContext) {
  const rows = await ctx.db
    .select({
      year: referenceRates.year,
      half: referenceRates.half,
      from: referenceRates.fromDate,
      to: referenceRates.toDate,
      rateBp: referenceRates.rateBp,
      source: referenceRates.source,
      updatedAt: referenceRates.updatedAt,
      updatedByName: users.name,
    })
    .from(referenceRates)
    .leftJoin(users, eq(users.id, referenceRates.updatedBy))
    .orderBy(asc(referenceRates.fromDate));
  const today = halfYearOf(helsinkiToday(ctx.clock()));
  const next = nextHalfYear(today);
  const has = (from: string) => rows.some((r) => r.from === from);
  // The half-years an administrator must see to: the current one and the next.
  const missing = [today, next].filter((h) => !has(h.from)).map(({ year, half, from, to }) => ({ year, half, from, to }));
  return { rates: rows.map((r) => ({ ...r, half: r.half === 1 ? (1 as const) : (2 as const) })), missing };
}

/**
 * A platform administrator enters or corrects a half-year's rate. The old and the new value go to
 * the audit row in the same transaction; reminders already made keep the amounts they were sent
 * with (their periods are stored), so a correction changes only reminders to come.
 */
export async function upsertReferenceRate(ctx: AuthedContext, input: ReferenceRateInput) {
  const verdict = validateReferenceRate(input);
  if (!verdict.ok) throw new DomainError(verdict.code, { field: verdict.field ?? "rateBp" });
  const { period } = verdict;
  const now = ctx.clock();
  const source = input.source.trim();
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(referenceRates)
      .where(and(eq(referenceRates.year, period.year), eq(referenceRates.half, period.half)))
      .for("update");
    const values = { rateBp: input.rateBp, source, updatedAt: now, updatedBy: ctx.auth.user.id };
    await tx
      .insert(referenceRates)
      .values({ year: period.year, half: period.half, fromDate: period.from, toDate: period.to, ...values })
      .onConflictDoUpdate({ target: [referenceRates.year, referenceRates.half], set: values });
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: null,
      action: before ? "reference_rate.updated" : "reference_rate.created",
      entityType: "reference_rate",
      entityId: `${period.year}-${period.half}`,
      before: before ? { rateBp: before.rateBp, source: before.source } : null,
      after: { rateBp: input.rateBp, source },
      requestId: ctx.requestId,
    });
    return { year: period.year, half: period.half, from: period.from, to: period.to, created: !before };
  });
}

/** The company's choice when a reminder's interest needs a rate not yet entered: hold, or send flagged. */
export async function setMissingRatePolicy(ctx: TenantContext, input: { onMissingRate: MissingRatePolicy }) {
  const organizationId = ctx.tenant.organizationId;
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const before = await requireActive(tx, organizationId);
    await tx.update(reminderSettings).set({ onMissingRate: input.onMissingRate }).where(eq(reminderSettings.organizationId, organizationId));
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: "reminders.missing_rate_policy",
      entityType: "reminder_settings",
      entityId: organizationId,
      before: { onMissingRate: before.onMissingRate },
      after: { onMissingRate: input.onMissingRate },
      requestId: ctx.requestId,
    });
    return { ok: true as const };
  });
}
