import type { Sql } from "postgres";
import { createDb } from "../client";
import { migrate } from "../migrate";
import { checkTemplateName, MIGRATED, type TestTemplate } from "./test-template";
import type { TestRun } from "./test-run";

export interface PostgresTemplate<T> {
  /** A database to `CREATE DATABASE … TEMPLATE` from; nobody stays connected to it. */
  name: string;
  prepared: T;
}

/** Marks a finished template (a killed builder leaves a database without it); the JSON after it is `prepared`. */
const READY = "reskontra test template:";

const inThisProcess = new Map<string, Promise<PostgresTemplate<unknown>>>();

export function templateDatabaseName(run: TestRun, name: string): string {
  return `rsk_tpl_${run.id}_${name}`;
}

/** A database name of this run for one test file; the run's teardown drops any a crash left behind. */
export function fileDatabaseName(run: TestRun, suffix: string): string {
  return `rsk_t_${run.id}_${suffix}`;
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A prepared template database, built once per run: worker processes take an advisory lock on its
 * name, and the first finds nothing ready and builds it. `admin` must be a single connection.
 */
export function postgresTemplate<T>(
  admin: Sql,
  serverUrl: string,
  run: TestRun,
  template?: TestTemplate<T>,
): Promise<PostgresTemplate<T>> {
  const name = templateDatabaseName(run, template ? checkTemplateName(template.name) : MIGRATED);
  let entry = inThisProcess.get(name);
  if (!entry) {
    entry = underLock(admin, name, () => findOrBuild(admin, serverUrl, run, name, template));
    entry.catch(() => inThisProcess.delete(name));
    inThisProcess.set(name, entry);
  }
  return entry as Promise<PostgresTemplate<T>>;
}

async function underLock<R>(admin: Sql, key: string, work: () => Promise<R>): Promise<R> {
  await admin`select pg_advisory_lock(hashtext(${key}))`;
  try {
    return await work();
  } finally {
    await admin`select pg_advisory_unlock(hashtext(${key}))`;
  }
}

async function findOrBuild<T>(
  admin: Sql,
  serverUrl: string,
  run: TestRun,
  name: string,
  template?: TestTemplate<T>,
): Promise<PostgresTemplate<unknown>> {
  const [found] = await admin<{ note: string | null }[]>`
    select shobj_description(oid, 'pg_database') as note from pg_database where datname = ${name}`;
  if (found?.note?.startsWith(READY)) return { name, prepared: JSON.parse(found.note.slice(READY.length)) as unknown };
  if (found) await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);

  const source = template ? (await postgresTemplate(admin, serverUrl, run)).name : undefined;
  await admin.unsafe(source ? `CREATE DATABASE ${name} TEMPLATE ${source}` : `CREATE DATABASE ${name}`);
  try {
    const url = databaseUrl(serverUrl, name);
    const database = { ...(await createDb(url, { max: 5 })), url };
    let prepared: unknown = null;
    try {
      if (template) prepared = await template.prepare(database);
      else await migrate(database);
    } finally {
      await database.close();
    }
    const note = `${READY}${JSON.stringify(prepared)}`;
    await admin.unsafe(`COMMENT ON DATABASE ${name} IS '${note.replaceAll("'", "''")}'`);
    return { name, prepared: JSON.parse(JSON.stringify(prepared)) as unknown };
  } catch (error) {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    throw error;
  }
}
