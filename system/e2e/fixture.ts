import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startTestServer, type TestServer } from "../src/testing";
import { launchChromium } from "./browser";

export interface E2eOptions {
  /** The business clock the server runs on (startTestServer's `clock`). */
  clock?: () => Date;
  /** How long the start-up may take, in ms (vitest's hook timeout otherwise). */
  timeout?: number;
}

/**
 * A stand-in for an object made in a beforeAll: reads and method calls go to the real one, so tests
 * and later hooks use it as they would the object itself; used before it exists, it says so.
 */
function startedLater<T extends object>(name: string, current: () => T | undefined): T {
  const real = (): T => {
    const value = current();
    if (!value) throw new Error(`e2e: the ${name} is used before the describe block's beforeAll started it`);
    return value;
  };
  return new Proxy({} as T, {
    get(_target, key) {
      const target = real();
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    has: (_target, key) => Reflect.has(real(), key),
  });
}

/**
 * The test server (fresh demo database, worker, mail catcher) and a headless Chromium for one describe
 * block: started before its tests, closed after them. Call it at the top of the describe block; the
 * block's own beforeAll hooks, registered after it, already find both running.
 */
export function e2eServerAndBrowser(options: E2eOptions = {}): { server: TestServer; browser: Browser } {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startTestServer(options.clock ? { clock: options.clock } : {});
    browser = await launchChromium();
  }, options.timeout);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { server: startedLater("test server", () => server), browser: startedLater("browser", () => browser) };
}
