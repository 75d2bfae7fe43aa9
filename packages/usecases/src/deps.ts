import type { Db } from "@reskontra/db";
import type { JobQueue } from "@reskontra/jobs";
import type { Logger } from "pino";

/**
 * What a use case may touch. Each one asks only for the part it uses (`Pick<UseCaseDeps, "db">`),
 * so a tRPC context and a job context both pass as they are.
 */
export interface UseCaseDeps {
  db: Db;
  /** Business time: use cases never call `new Date()`, so tests and jobs can set it. */
  clock: () => Date;
  logger: Logger;
  jobs: JobQueue;
}
