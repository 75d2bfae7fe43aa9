import type { TemplateDatabase, TestTemplate } from "@reskontra/db/testing";
import { startJobQueue } from "@reskontra/jobs";
import pino from "pino";
import { seedDemo, type SeededDemo } from "../seed/seed-demo";
import { useTestRunHetuKey } from "./hetu-test-key";

// A file that copies a template without building it reads the codes the builder wrote: same run, same key.
await useTestRunHetuKey();

/** The tests' business clock unless a test sets another: Monday 23 November 2026 at 10.00 in Helsinki. */
export const TEST_START = new Date("2026-11-23T08:00:00Z");

/** The demo as `pnpm start` seeds it, once per test run; every test file gets a copy. */
export const demoTemplate: TestTemplate<SeededDemo> = {
  name: "demo",
  async prepare(database) {
    await useTestRunHetuKey();
    return seedDemo(database.db, TEST_START);
  },
};

/** The demo plus pg-boss's schema and queues, for files that run the real queue. */
export const demoWithQueueTemplate: TestTemplate<SeededDemo> = {
  name: "demo_queue",
  async prepare(database) {
    await useTestRunHetuKey();
    const demo = await seedDemo(database.db, TEST_START);
    await installQueue(database);
    return demo;
  },
};

/** Starting pg-boss once creates its schema and our queues; a later start on a copy finds them. */
async function installQueue(database: TemplateDatabase): Promise<void> {
  const queue = await startJobQueue({ database, url: database.url, logger: pino({ level: "silent" }) });
  await queue.stop();
}
