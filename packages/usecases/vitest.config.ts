import { defineProject } from "vitest/config";

// Use cases are tested through the api's and the worker's callers against a database; only their pure parts are tested here.
export default defineProject({
  test: { name: "usecases", include: ["src/**/*.test.ts"] },
});
