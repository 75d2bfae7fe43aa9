export { startWorker, HELSINKI } from "./worker";
export type { RunningWorker, WorkerDeps } from "./worker";
