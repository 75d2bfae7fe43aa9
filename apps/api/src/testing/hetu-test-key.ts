import path from "node:path";
import { inject } from "vitest";
import { createHetuKeyFile } from "../vouchers/hetu-key-file";
import { generateHetuKey, useHetuKeys } from "../vouchers/hetu-vault";

/** The run whose key this process uses ("" outside a run); a watch-mode rerun is a new run with a new key. */
let usedFor: string | undefined;

function currentRunDir(): string {
  try {
    return inject("reskontraTestRun").dir;
  } catch {
    return "";
  }
}

/**
 * Every test run gets its own random key for identity codes, made the way `pnpm start` makes the
 * development key: a key file (mode 600), here in the run's folder, which the run's end removes.
 * One key per run, not per file: the demo template is seeded once per run by one worker process and
 * copied to every file in every process, so all of them must read its codes under the same key.
 */
export async function useTestRunHetuKey(): Promise<void> {
  const runDir = currentRunDir();
  if (usedFor === runDir) return;
  // Outside a run set up by the database global setup there is one process: a key of its own will do.
  const key = runDir ? (await createHetuKeyFile(path.join(runDir, "voucher-hetu.key"))).key : generateHetuKey();
  useHetuKeys({ current: key });
  usedFor = runDir;
}
