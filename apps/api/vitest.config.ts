import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "api",
    include: ["src/**/*.test.ts"],
    globalSetup: ["../../packages/db/src/testing/global-setup.ts"],
    // Files share a worker process and its loaded modules; each still gets its own database copy.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
