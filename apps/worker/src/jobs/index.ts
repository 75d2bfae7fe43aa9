export { defineJob } from "./define-job";
export type { JobDefinition, JobPayload } from "./define-job";
export { createJobQueue, noJobQueue } from "./queue";
export type { JobQueue, SendOptions } from "./queue";
export * from "./definitions";
