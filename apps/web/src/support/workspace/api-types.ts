import type { AppRouter } from "@reskontra/api";
import type { inferRouterOutputs } from "@trpc/server";

// The workspace sees the api only through these inferred types; superjson brings instants as Dates.
type Outputs = inferRouterOutputs<AppRouter>["support"]["workspace"];

export type QueueRow = Outputs["list"]["items"][number];
export type AgentTicket = Outputs["ticket"];
export type SupportLine = Outputs["lines"][number];
export type SavedReply = Outputs["savedReplies"][number];
export type DeskAgent = Outputs["agents"][number];
