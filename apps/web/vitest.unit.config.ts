import { defineProject } from "vitest/config";

// The web's own unit tests; the e2e project (system/vitest.config.ts) drives the built app in Chromium.
export default defineProject({
  test: { name: "web-unit", include: ["src/**/*.test.{ts,tsx}"] },
});
