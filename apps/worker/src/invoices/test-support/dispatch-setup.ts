import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { afterAll, beforeAll } from "vitest";
import { startHarness, type Harness } from "./job-harness";

/**
 * Test-only: a fresh database and dispatch harness (mail catcher, outbox folders) for one test
 * file, opened before its tests and closed after them. Read the fields inside the tests.
 */
export function setUpDispatchTests(): { database: TestDatabase; harness: Harness } {
  const env = {} as { database: TestDatabase; harness: Harness };
  beforeAll(async () => {
    env.database = await createTestDatabase();
    env.harness = await startHarness();
  });
  afterAll(async () => {
    await env.harness?.close();
    await env.database?.dispose();
  });
  return env;
}
