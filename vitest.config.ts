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
  },
});
