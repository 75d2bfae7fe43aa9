import { createLogger } from "../logger";
import type { Harness } from "../testing/harness";
import { buildServer, type ServerOptions } from "./server";

/** The real HTTP server over a harness's database and clock, its log lines captured (for tests). */
export async function serverOnHarness(
  h: Harness,
  { logLevel = "info", ...options }: Partial<Omit<ServerOptions, "deps">> & { logLevel?: "info" | "debug" } = {},
) {
  const lines: string[] = [];
  const destination = { write: (line: string) => void lines.push(line) };
  const logger = createLogger({ level: logLevel, destination });
  const app = await buildServer({ cookieSecure: "false", ...options, deps: { ...h.deps, logger } });
  return { app, lines };
}

/** A tRPC mutation's body as the web's client sends it (superjson). */
export function trpcBody(input: unknown): string {
  return JSON.stringify({ json: input });
}
