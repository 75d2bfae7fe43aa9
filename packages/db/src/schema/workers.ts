import { index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { instant } from "./columns";

/**
 * One row per running worker process, beaten every few seconds. A row whose beat has gone stale
 * belongs to a process that died (SIGKILL, OOM, a lost machine) or has hung: the jobs it holds
 * are handed to another worker at once instead of waiting for pg-boss's expiry.
 */
export const workerInstances = pgTable("worker_instances", {
  id: uuid("id").primaryKey(),
  host: text("host").notNull(),
  pid: text("pid").notNull(),
  startedAt: instant("started_at").notNull().defaultNow(),
  beatAt: instant("beat_at").notNull().defaultNow(),
});

/**
 * Which worker is running which pg-boss job. pg-boss 10 does not record the fetching process on
 * the job, so the worker writes it here when it takes a job and removes it when the job is done.
 * No foreign key to pgboss.job: pg-boss owns and moves those rows.
 */
export const workerJobHolds = pgTable(
  "worker_job_holds",
  {
    jobId: uuid("job_id").primaryKey(),
    queue: text("queue").notNull(),
    instanceId: uuid("instance_id").notNull(),
    takenAt: instant("taken_at").notNull().defaultNow(),
  },
  (t) => [index("worker_job_holds_instance_idx").on(t.instanceId)],
);
