import path from "node:path";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().default("./data/pglite"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  PUBLIC_URL: z.string().optional(),
  SMTP_URL: z.string().optional(),
  /** Port of the local mail catcher started when SMTP_URL is not set. */
  SMTP_CATCHER_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
  DATA_DIR: z.string().default("./data"),
  LOG_LEVEL: z.string().default("info"),
  /** Secure session cookie: "auto" when PUBLIC_URL is https:// or a trusted proxy says the request came over HTTPS. */
  COOKIE_SECURE: z.enum(["auto", "true", "false"]).default("auto"),
  /**
   * Comma-separated addresses or CIDRs of the reverse proxies in front of the api (e.g.
   * "127.0.0.1,10.0.0.0/8"). Only from these are X-Forwarded-For/-Proto/-Host believed; by default
   * from nobody, so a client cannot pick the address its sign-in attempts are counted under.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  SEED_DEMO: z.enum(["true", "false"]).default("true"),
});

export type Config = z.infer<typeof schema> & { webDist: string };

// pnpm runs scripts inside the package; INIT_CWD is where the user typed the command (the repo root).
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = env.INIT_CWD ?? process.cwd()): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const config = parsed.data;
  const resolve = (p: string) => (path.isAbsolute(p) ? p : path.resolve(cwd, p));
  return {
    ...config,
    DATABASE_URL:
      /^postgres(ql)?:\/\//.test(config.DATABASE_URL) || config.DATABASE_URL === "memory://"
        ? config.DATABASE_URL
        : resolve(config.DATABASE_URL),
    DATA_DIR: resolve(config.DATA_DIR),
    webDist: new URL("../../web/dist", import.meta.url).pathname,
  };
}
