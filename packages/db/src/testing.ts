export { createTestDatabase } from "./testing/test-database";
export type { PreparedTestDatabase, TestDatabase } from "./testing/test-database";
export type { TemplateDatabase, TestTemplate } from "./testing/test-template";
