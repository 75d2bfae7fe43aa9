import type { Db } from "@reskontra/db";
import { ensureDemoToken } from "./demo-token";
import { seedDemo } from "./seed-demo";

/** The demo data and the demo agent's API token for the CLI; gives the token file, or null without an agent. */
export async function seedDemoOnStart(db: Db, dataDir: string, now: Date): Promise<{ tokenFile: string | null }> {
  const seeded = await seedDemo(db, now);
  const agentId = seeded.userIds["agentti@demo.reskontra.fi"];
  return { tokenFile: agentId ? await ensureDemoToken(db, dataDir, agentId, now) : null };
}
