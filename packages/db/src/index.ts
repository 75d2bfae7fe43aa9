export { createDb, isPostgresUrl, wrapPglite } from "./client";
export type { Database, Db, DbOrTx, Tx, Schema } from "./client";
export { migrate, migrationsFolder } from "./migrate";
export { queryRows } from "./rows";
export { writeAudit } from "./audit";
export type { AuditEntry } from "./audit";
export * as schema from "./schema/index";
export * from "./schema/index";
export { isUniqueViolation } from "./errors";
