import { isPostgresUrl } from "@reskontra/db";
import type { Config } from "./config";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "./seed/demo-people";
import { DEMO_TOTP_SECRET } from "./seed/demo-totp";

export interface StartupFacts {
  /** What the server listens on; PUBLIC_URL wins when set. */
  address: string;
  worker: "in this process" | "separate";
  /** Where mail goes, in words; absent in a process that sends none. */
  mail?: string;
  /** Present when demo data was seeded. */
  demo: { tokenFile: string | null } | null;
  /** Where the identity-code key came from when not from VOUCHER_HETU_KEY (hetu-key-startup.ts); never the key. */
  hetuKey?: string | null;
}

/** What a person sees after `pnpm start`: where to go and how to sign in. */
export function startupBanner(config: Pick<Config, "PUBLIC_URL" | "DATABASE_URL">, facts: StartupFacts): string {
  const database = isPostgresUrl(config.DATABASE_URL) ? "PostgreSQL" : `embedded PGlite (${config.DATABASE_URL})`;
  const lines = [
    "",
    `Reskontra is running at ${config.PUBLIC_URL ?? facts.address.replace("127.0.0.1", "localhost")}`,
    `Database: ${database}; worker ${facts.worker}`,
  ];
  if (facts.mail) lines.push(`Mail: ${facts.mail}`);
  if (facts.hetuKey) lines.push(facts.hetuKey);
  if (facts.demo) {
    lines.push(`Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const p of DEMO_PEOPLE) lines.push(`  ${p.email.padEnd(36)} ${p.what}`);
    lines.push(`Second-factor code for agents and admins: pnpm demo:totp   (secret ${DEMO_TOTP_SECRET})`);
    if (facts.demo.tokenFile) lines.push(`CLI: pnpm reskontra whoami   (API token in ${facts.demo.tokenFile})`);
  }
  return `${lines.join("\n")}\n\n`;
}
