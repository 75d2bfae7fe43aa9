import { memberships, organizations, users, type DbOrTx } from "@reskontra/db";
import { and, asc, eq, isNull, ne } from "drizzle-orm";

/** The operator's support agents, whom a ticket can be assigned to. */
export function listDeskAgents(db: DbOrTx) {
  return db
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.role, "agent"), eq(organizations.kind, "operator"), isNull(users.disabledAt)))
    .orderBy(asc(users.name), asc(users.id));
}

/** The organizations requests come from (everyone but the operator), for the queue's filter. */
export function listRequesterOrganizations(db: DbOrTx) {
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(ne(organizations.kind, "operator"))
    .orderBy(asc(organizations.name), asc(organizations.id));
}
