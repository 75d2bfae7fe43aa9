import { and, eq, sql } from "drizzle-orm";
import { memberships, organizations, secondFactors, users, type Db } from "@reskontra/db";
import { hashPassword } from "../auth/password";
import { needsSecondFactor } from "../auth/second-factor-state";
import { seedDemoInvoices } from "./seed-invoices";
import { seedDemoReminders } from "./seed-reminders";
import { seedDemoSupport } from "./seed-support";
import { seedDemoVouchers } from "./seed-vouchers";
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_PEOPLE, type DemoOrganizationKey } from "./demo-people";
import { DEMO_TOTP_SECRET } from "./demo-totp";

export interface SeededDemo {
  organizationIds: Record<DemoOrganizationKey, string>;
  userIds: Record<string, string>;
}

/**
 * Idempotent: running it again finds what exists and adds only what is missing. `now` is the seed's
 * clock: the demo support requests are dated in the hours before it.
 */
export async function seedDemo(db: Db, now: Date): Promise<SeededDemo> {
  const seeded = await db.transaction(async (tx) => {
    const organizationIds = {} as Record<DemoOrganizationKey, string>;
    for (const [key, org] of Object.entries(DEMO_ORGANIZATIONS) as [
      DemoOrganizationKey,
      (typeof DEMO_ORGANIZATIONS)[DemoOrganizationKey],
    ][]) {
      const [existing] = await tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(and(eq(organizations.name, org.name), eq(organizations.kind, org.kind)));
      const id =
        existing?.id ??
        (
          await tx
            .insert(organizations)
            .values({ kind: org.kind, name: org.name, businessId: org.businessId, ...org.billing })
            .returning()
        )[0]?.id;
      if (!id) throw new Error(`could not seed ${org.name}`);
      organizationIds[key] = id;
    }

    const userIds: Record<string, string> = {};
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const person of DEMO_PEOPLE) {
      const [existing] = await tx
        .select({ id: users.id })
        .from(users)
        .where(sql`lower(${users.email}) = ${person.email}`);
      const id =
        existing?.id ??
        (
          await tx
            .insert(users)
            .values({ email: person.email, name: person.name, passwordHash, userNumber: person.userNumber })
            .returning()
        )[0]?.id;
      if (!id) throw new Error(`could not seed ${person.email}`);
      userIds[person.email] = id;
      for (const m of person.memberships) {
        await tx
          .insert(memberships)
          .values({ userId: id, organizationId: organizationIds[m.organization], role: m.role })
          .onConflictDoNothing();
      }
      if (needsSecondFactor(person.memberships.map((m) => m.role))) {
        await tx.insert(secondFactors).values({ userId: id, secret: DEMO_TOTP_SECRET, confirmedAt: now }).onConflictDoNothing();
      }
    }
    return { organizationIds, userIds };
  });
  await seedDemoInvoices(db, seeded);
  await seedDemoReminders(db, seeded);
  await seedDemoVouchers(db, seeded);
  await seedDemoSupport(db, seeded, now);
  return seeded;
}
