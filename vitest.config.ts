import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// One runner at the root: each package is a project with its own config beside its code.
export default defineConfig({
  test: {
    projects: [
      "packages/*/vitest.config.ts",
      "apps/*/vitest.config.ts",
      "apps/web/vitest.unit.config.ts",
      "system/vitest.config.ts",
    ],
    // vitest leaves one core to itself by default, which is every core but one on a 2-core machine;
    // database tests spend much of their time waiting on the database, so two workers pay off there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
