export { createTestDatabase } from "./testing/test-database";
export { countingDb } from "./testing/counting-db";
export type { CountingDb } from "./testing/counting-db";
export type { PreparedTestDatabase, TestDatabase } from "./testing/test-database";
export type { TemplateDatabase, TestTemplate } from "./testing/test-template";
export { afterLastBenchmark, createBenchDatabase } from "./testing/bench-database";
export type { BenchDatabase } from "./testing/bench-database";
export { judgeGoal, reportGoal } from "./testing/bench-goal";
export type { Goal, GoalRow } from "./testing/bench-goal";
