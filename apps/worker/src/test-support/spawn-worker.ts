import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Test-only: the standalone worker (src/main.ts) as a real child process, so a test can SIGKILL it
 * the way an OOM killer or a lost machine would. Node runs the TypeScript through tsx's loader in
 * the same process: killing a `tsx` wrapper would leave its child running.
 */

const workerDir = fileURLToPath(new URL("../..", import.meta.url));
const mainPath = fileURLToPath(new URL("../main.ts", import.meta.url));

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
  const child = spawn(process.execPath, ["--import", "tsx", mainPath], {
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
