import { defineProject } from "vitest/config";

// The whole system (api + worker + the built web app from apps/web/dist) driven in Chromium.
export default defineProject({
  test: {
    name: "e2e",
    // *.pg.test.ts: whole processes against PostgreSQL (connection loss, a fleet); no browser.
    include: ["e2e/**/*.e2e.test.ts", "e2e/**/*.pg.test.ts"],
    globalSetup: ["../packages/db/src/testing/global-setup.ts"],
    // Each file starts its own system (own database copy, port, mail folder) and its own Chromium, so
    // files run beside the other projects' instead of in a serial tail after them; a worker process
    // keeps the system's modules loaded between files.
    isolate: false,
    testTimeout: 90_000,
    // A screen answers a click after a request and a refetch: vitest's 1 s default for expect.poll
    // is less than that takes on a loaded 2-core CI machine.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 120_000,
  },
});
