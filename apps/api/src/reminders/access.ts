import { and, eq, isNull } from "drizzle-orm";
import { reminderRules, reminderSettings, type DbOrTx } from "@reskontra/db";
import { AppError } from "../errors";
import type { AuthedContext } from "../trpc/authed";
import type { Membership } from "../trpc/context";

/** Only these may activate and configure reminders (DESIGN.md roles). */
export const REMINDER_ADMIN_ROLES = ["company_admin", "accounting_admin", "user_manager"] as const;

export type TenantContext = AuthedContext & { tenant: Membership };
export type RuleRow = typeof reminderRules.$inferSelect;

export async function loadSettings(db: DbOrTx, organizationId: string) {
  const [row] = await db.select().from(reminderSettings).where(eq(reminderSettings.organizationId, organizationId));
  return row ?? null;
}

export async function requireActive(db: DbOrTx, organizationId: string) {
  const settings = await loadSettings(db, organizationId);
  if (!settings) throw new AppError("REMINDERS_NOT_ACTIVE");
  return settings;
}

/** A live (not deleted) rule of the organization, or REMINDER_RULE_NOT_FOUND at `field`. */
export async function loadRule(db: DbOrTx, organizationId: string, ruleId: string, field = "ruleId"): Promise<RuleRow> {
  const [rule] = await db
    .select()
    .from(reminderRules)
    .where(and(eq(reminderRules.id, ruleId), eq(reminderRules.organizationId, organizationId), isNull(reminderRules.deletedAt)));
  if (!rule) throw new AppError("REMINDER_RULE_NOT_FOUND", { field });
  return rule;
}
