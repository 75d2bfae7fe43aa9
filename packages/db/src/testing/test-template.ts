import type { Database } from "../client";

/** What `prepare` gets: the template database while it is built (the url lets pg-boss connect to it). */
export type TemplateDatabase = Database & { url: string };

/**
 * A database state every test file of a run starts from: migrated, then `prepare`d once per run and
 * copied per file. What `prepare` returns (ids of seeded rows, say) is handed to every copy; on
 * PostgreSQL it travels between worker processes as JSON.
 */
export interface TestTemplate<T> {
  /** Lower-case letters, digits and `_`; one name, one preparation. */
  name: string;
  prepare(database: TemplateDatabase): Promise<T>;
}

/** The template every other one starts from: the committed migrations applied, nothing else. */
export const MIGRATED = "migrated";

export function checkTemplateName(name: string): string {
  if (!/^[a-z0-9_]{1,24}$/.test(name)) throw new Error(`test template name ${JSON.stringify(name)}: use [a-z0-9_], at most 24`);
  return name;
}
