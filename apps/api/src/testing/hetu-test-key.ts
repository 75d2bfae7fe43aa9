import path from "node:path";
import { inject } from "vitest";
import { createHetuKeyFile } from "../vouchers/hetu-key-file";
import { generateHetuKey, useHetuKeys } from "../vouchers/hetu-vault";

/** The run whose key this process uses ("" outside a run); a watch-mode rerun is a new run with a new key. */
let usedFor: string | undefined;
let runKey = "";

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
export async function useTestRunHetuKey(): Promise<string> {
  const runDir = currentRunDir();
  if (usedFor !== runDir) {
    // Outside a run set up by the database global setup there is one process: a key of its own will do.
    runKey = runDir ? (await createHetuKeyFile(path.join(runDir, "voucher-hetu.key"))).key : generateHetuKey();
    usedFor = runDir;
  }
  // Set again each time: a test of the keys' start-up may have installed others in this process.
  useHetuKeys({ current: runKey });
  return runKey;
}
