import type { Config } from "./config";
import { buildServer, type ApiServer } from "./http/server";
import type { Deps } from "./trpc/context";

/** Where and how the api listens; `webDist` is the built web app it serves at /, when present. */
export type ListenConfig = Pick<Config, "PORT" | "HOST" | "COOKIE_SECURE" | "webDist"> &
  Partial<Pick<Config, "TRUSTED_PROXIES" | "PUBLIC_URL">>;

export interface RunningApi {
  app: ApiServer;
  /** What fastify listens on, e.g. "http://127.0.0.1:3000". */
  address: string;
  close(): Promise<void>;
}

/** The api's HTTP server, listening. Whoever calls it owns the database and the job queue behind `deps`. */
export async function startApi(deps: Deps, config: ListenConfig): Promise<RunningApi> {
  const app = await buildServer({
    deps,
    webDist: config.webDist,
    cookieSecure: config.COOKIE_SECURE,
    trustedProxies: config.TRUSTED_PROXIES,
    publicUrl: config.PUBLIC_URL,
  });
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  return { app, address, close: () => app.close() };
}
