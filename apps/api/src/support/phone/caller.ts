import { type DbOrTx, memberships, organizations, supportLines, users } from "@reskontra/db";
import { normalizePhoneNumber } from "@reskontra/domain";
import { and, asc, eq, isNull, ne } from "drizzle-orm";
import { AppError } from "../../errors";

export type KnownCaller = {
  userId: string | null;
  userName: string | null;
  userEmail: string | null;
  organizationId: string | null;
};

const NOBODY: KnownCaller = { userId: null, userName: null, userEmail: null, organizationId: null };

/**
 * Who is calling from `e164`: a person by users.phone (with the organization they act for, never the
 * operator's own), else a customer organization by organizations.phone, else nobody. A number shared
 * by several people recognises none of them rather than the wrong one.
 */
export async function recogniseCaller(tx: DbOrTx, e164: string | null): Promise<KnownCaller> {
  if (!e164) return NOBODY;
  const people = await tx
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.phone, e164), isNull(users.disabledAt)))
    .limit(2);
  const [person] = people;
  if (person && people.length === 1) {
    const [membership] = await tx
      .select({ organizationId: memberships.organizationId })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(and(eq(memberships.userId, person.id), ne(organizations.kind, "operator")))
      .orderBy(asc(memberships.createdAt))
      .limit(1);
    return {
      userId: person.id,
      userName: person.name,
      userEmail: person.email,
      organizationId: membership?.organizationId ?? null,
    };
  }
  if (people.length > 1) return NOBODY;
  const orgs = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.phone, e164), ne(organizations.kind, "operator")))
    .limit(2);
  return orgs.length === 1 && orgs[0] ? { ...NOBODY, organizationId: orgs[0].id } : NOBODY;
}

/** The number in E.164, or a refusal naming `field`. */
export function phoneNumberOf(raw: string, field: string): string {
  const e164 = normalizePhoneNumber(raw);
  if (!e164) throw new AppError("PHONE_NUMBER_INVALID", { field });
  return e164;
}

export type LineRow = typeof supportLines.$inferSelect;

/** An active line, or the refusal naming `lineId`. */
export async function activeLine(tx: DbOrTx, lineId: string): Promise<LineRow> {
  const [line] = await tx
    .select()
    .from(supportLines)
    .where(and(eq(supportLines.id, lineId), eq(supportLines.active, true)));
  if (!line) throw new AppError("PHONE_LINE_NOT_FOUND", { field: "lineId" });
  return line;
}

export function hoursOf(line: Pick<LineRow, "openMinute" | "closeMinute">) {
  return { openMinute: line.openMinute, closeMinute: line.closeMinute };
}
