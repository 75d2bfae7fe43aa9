export type { AppRouter } from "./router";
export { appRouter, createCaller } from "./router";
export { createContextInner } from "./trpc/context";
export type { Context, Deps, Auth } from "./trpc/context";
// What a process that hosts the api needs (its own main.ts, or the system's composition root).
export { startApi } from "./start-api";
export type { RunningApi, ListenConfig } from "./start-api";
export { loadConfig } from "./config";
export type { Config } from "./config";
export { createLogger } from "./logger";
export { closeOnSignals } from "./close-on-signals";
export { seedDemo } from "./seed/seed-demo";
export type { SeededDemo } from "./seed/seed-demo";
export { seedDemoOnStart } from "./seed/seed-on-start";
export { startupBanner } from "./startup-banner";
export type { StartupFacts } from "./startup-banner";
export { startHetuKeysOrExit } from "./vouchers/hetu-key-startup";
