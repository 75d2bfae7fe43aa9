import { defineProject } from "vitest/config";

// The whole system (api + worker + the built web app from apps/web/dist) driven in Chromium.
export default defineProject({
  test: { name: "e2e", include: ["e2e/**/*.e2e.test.ts"], testTimeout: 90_000, hookTimeout: 120_000, fileParallelism: false },
});
