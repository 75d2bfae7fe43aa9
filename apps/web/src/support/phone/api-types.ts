import type { AppRouter } from "@reskontra/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>["support"]["phone"];
type Inputs = inferRouterInputs<AppRouter>["support"]["phone"];

export type PhoneLine = Outputs["lines"][number];
export type Call = Outputs["calls"][number];
export type Callback = Outputs["dueCallbacks"][number];
export type LogCall = Inputs["logCall"];
export type CreateCallback = Inputs["createCallback"];
