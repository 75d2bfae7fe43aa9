import type { dispatches } from "@reskontra/db";

export type DispatchRecord = typeof dispatches.$inferSelect;

export type DispatchResult = "sent" | "skipped" | "failed" | "uncertain" | "missing";
