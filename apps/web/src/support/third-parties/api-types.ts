import type { AppRouter } from "@reskontra/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>["support"]["thirdParties"];
type Inputs = inferRouterInputs<AppRouter>["support"]["thirdParties"];

export type ThirdParty = Outputs["get"];
export type Topic = ThirdParty["topics"][number];
export type Suggestions = Outputs["suggestForTicket"];
export type AgentSuggestion = Extract<Suggestions, { view: "agent" }>["suggestions"][number];
export type Reason = AgentSuggestion["reasons"][number];
export type PartyInput = Inputs["create"]["party"];
export type TopicInput = Inputs["addTopic"]["topic"];
