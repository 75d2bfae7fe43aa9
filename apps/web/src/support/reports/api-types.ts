import type { AppRouter } from "@reskontra/api";
import type { inferRouterOutputs } from "@trpc/server";

export type MonthlyReport = inferRouterOutputs<AppRouter>["support"]["reports"]["monthly"];
