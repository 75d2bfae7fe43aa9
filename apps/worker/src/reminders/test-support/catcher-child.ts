import { spawn } from "node:child_process";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { ensureBuilt } from "../../../../../tooling/bundle-node.mjs";

/** A mail catcher running in a child process, writing into `dir`; its URL, and a way to stop it. */
export async function startCatcherProcess(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const { outdir } = await ensureBuilt({
    cwd: fileURLToPath(new URL("../../..", import.meta.url)),
    entries: ["src/reminders/test-support/catcher-process.ts"],
    outdir: path.join(os.tmpdir(), "reskontra-bench-catcher"),
  });
  const child = spawn(process.execPath, [path.join(outdir, "catcher-process.js"), dir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const [url] = (await Promise.race([
    once(lines, "line"),
    once(child, "exit").then(([code]) => Promise.reject(new Error(`the catcher process exited with ${String(code)}`))),
  ])) as [string];
  return {
    url,
    async close() {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    },
  };
}
