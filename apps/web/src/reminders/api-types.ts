import type { AppRouter } from "@reskontra/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>["reminders"];
type Inputs = inferRouterInputs<AppRouter>["reminders"];

export type Rule = Outputs["rules"][number];
export type RuleInput = Inputs["createRule"]["rule"];
export type PlacedCustomer = Outputs["blockedCustomers"][number];
export type DryRunItem = Outputs["dryRun"][number];
export type RuleEvent = Outputs["ruleEvents"][number];
export type Change = Outputs["changes"][number];
export type Monthly = Outputs["monthly"][number];
export type ReferenceRate = Outputs["referenceRates"]["list"]["rates"][number];
export type ReferenceRateInput = Inputs["referenceRates"]["upsert"];
export type ActivationPreview = Outputs["activationPreview"];
export type MonthChartRow = Outputs["monthChart"][number];
