import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { AppRouter } from "@reskontra/api";
import { createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";

export interface CliConfig {
  url: string;
  token: string | null;
  tokenSource: string;
}

/** RESKONTRA_TOKEN wins; otherwise the demo token that `pnpm start` writes into the data folder. */
export function loadCliConfig(env: NodeJS.ProcessEnv, cwd: string): CliConfig {
  const url = env.RESKONTRA_URL ?? `http://127.0.0.1:${env.PORT ?? "3000"}`;
  if (env.RESKONTRA_TOKEN) return { url, token: env.RESKONTRA_TOKEN, tokenSource: "RESKONTRA_TOKEN" };
  const file = path.resolve(cwd, env.DATA_DIR ?? "data", "demo-api-token");
  if (existsSync(file)) return { url, token: readFileSync(file, "utf8").trim(), tokenSource: file };
  return { url, token: null, tokenSource: "none" };
}

export function createCliClient(config: CliConfig) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${config.url}/trpc`,
        transformer: superjson,
        headers: () => (config.token ? { authorization: `Bearer ${config.token}` } : {}),
      }),
    ],
  });
}

export type CliClient = ReturnType<typeof createCliClient>;
