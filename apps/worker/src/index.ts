export { startWorker, HELSINKI } from "./worker";
export type { RunningWorker, WorkerDeps } from "./worker";
export { workerConfigFromEnv, resolveWorkerConfig } from "./config";
export type { WorkerConfig } from "./config";
export { isRenderThread, serveRenderThread } from "./dispatch/render-pool";
