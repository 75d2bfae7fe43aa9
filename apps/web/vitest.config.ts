import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "e2e", include: ["e2e/**/*.e2e.test.ts"], testTimeout: 90_000, hookTimeout: 120_000, fileParallelism: false },
});
