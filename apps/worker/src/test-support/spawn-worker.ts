import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBuilt } from "../../../../tooling/bundle-node.mjs";

/**
 * Test-only: the standalone worker as a real child process, so a test can SIGKILL it the way an OOM
 * killer or a lost machine would. It runs what production runs, dist/main.js under plain node: no
 * TypeScript compiled at each start, and no wrapper process that a kill would leave its child behind.
 * Importing this module builds the worker first when a source file is newer than the bundle.
 */

const workerDir = fileURLToPath(new URL("../..", import.meta.url));
const { outdir } = await ensureBuilt({ cwd: workerDir, entries: ["src/main.ts"] });
const mainPath = path.join(outdir, "main.js");

export interface SpawnedWorker {
  pid: number;
  /** Resolves when the worker has logged "worker started" (its queues and handlers are up). */
  started: Promise<void>;
  /** Resolves with the exit code or signal once the process is gone. */
  exited: Promise<string>;
  /** The process's output so far (pino JSON lines), for a failing test to show. */
  output(): string;
  kill(signal: NodeJS.Signals): void;
}

export function spawnWorker(env: Record<string, string>): SpawnedWorker {
  const child = spawn(process.execPath, ["--enable-source-maps", mainPath], {
    cwd: workerDir,
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error("the worker process did not start");
  let out = "";
  let markStarted: () => void = () => {};
  let markFailed: (error: Error) => void = () => {};
  const started = new Promise<void>((resolve, reject) => {
    markStarted = resolve;
    markFailed = reject;
  });
  // A kill before start-up finishes is a legitimate crash point: nobody needs to hear of it.
  started.catch(() => {});
  const collect = (chunk: Buffer) => {
    out += chunk.toString("utf8");
    if (out.includes('"msg":"worker started"')) markStarted();
    // Keep the tail only: a worker sending hundreds of mails logs a line for each.
    if (out.length > 200_000) out = out.slice(-50_000);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const exited = new Promise<string>((resolve) => {
    child.on("exit", (code, signal) => {
      const how = signal ?? `exit ${code ?? "?"}`;
      markFailed(new Error(`worker ${child.pid} ended (${how}) before it started:\n${out.slice(-2000)}`));
      resolve(how);
    });
  });
  return {
    pid: child.pid,
    started,
    exited,
    output: () => out,
    kill: (signal) => child.kill(signal),
  };
}
