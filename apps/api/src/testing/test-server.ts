import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { startWorker, type RunningWorker } from "@reskontra/worker";
import pino from "pino";
import { loadConfig } from "../config";
import { buildServer } from "../http/server";
import { seedDemo, type SeededDemo } from "../seed/seed-demo";

export interface TestServer {
  url: string;
  database: TestDatabase;
  worker: RunningWorker;
  demo: SeededDemo;
  close(): Promise<void>;
}

/** The whole system as `pnpm start` runs it (api + worker + built web), on a fresh test database and a free port. */
export async function startTestServer(options: { clock?: () => Date } = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const clock = options.clock ?? (() => new Date());
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const worker = await startWorker({ database, url: database.url, clock, logger });
  const demo = await seedDemo(database.db);
  const app = await buildServer({
    deps: { db: database.db, clock, jobs: worker.jobs, logger },
    webDist: loadConfig({}).webDist,
    cookieSecure: "false",
  });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    url,
    database,
    worker,
    demo,
    async close() {
      await app.close();
      await worker.stop();
      await database.dispose();
    },
  };
}
