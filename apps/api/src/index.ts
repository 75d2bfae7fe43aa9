export type { AppRouter } from "./router";
export { appRouter, createCaller } from "./router";
export { createContextInner } from "./trpc/context";
export type { Context, Deps, Auth } from "./trpc/context";
