import { defineProject } from "vitest/config";

export default defineProject({
  // Pure functions: nothing for one file to leave behind for the next, so files share a process.
  test: { name: "domain", include: ["src/**/*.test.ts"], isolate: false },
});
