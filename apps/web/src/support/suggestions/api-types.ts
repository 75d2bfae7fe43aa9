import type { AppRouter } from "@reskontra/api";
import type { inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>["support"]["suggestions"];

export type Suggestion = Outputs["get"];
export type HistoryEntry = Outputs["history"][number];
export type Stage = Suggestion["stage"];
