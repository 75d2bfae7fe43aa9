import { defineProject } from "vitest/config";

// The whole system (api + worker + the built web app from apps/web/dist) driven in Chromium.
export default defineProject({
  test: {
    name: "e2e",
    include: ["e2e/**/*.e2e.test.ts"],
    globalSetup: ["../packages/db/src/testing/global-setup.ts"],
    // One file at a time (one Chromium), in one process that keeps the system's modules loaded.
    fileParallelism: false,
    isolate: false,
    // A project with one worker needs its own group; it runs after the others, as it did before.
    sequence: { groupOrder: 1 },
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
