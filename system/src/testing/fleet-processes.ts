import { spawn, type ChildProcess } from "node:child_process";
import { appDir, builtEntry } from "./built-apps";

/** The repository's apps, each started as `pnpm start:api` / `pnpm start:worker` would: its built dist/main.js. */
export type FleetProcessKind = "api" | "worker";

export interface FleetProcess {
  kind: FleetProcessKind;
  name: string;
  pid: number;
  /** The api's address (http://127.0.0.1:port); empty for a worker. */
  url: string;
  /** Every line the process wrote to stdout and stderr so far. */
  lines: string[];
  /** Resolves when the process has exited, with the signal that ended it (null after a plain exit). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
  /** SIGTERM, then waits for the exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

const READY: Record<FleetProcessKind, RegExp> = {
  // The api's banner: "Reskontra is running at http://localhost:port".
  api: /Reskontra is running at (http:\/\/\S+)/,
  // The worker's pino line after every handler is registered.
  worker: /"msg":"worker started"/,
};

/**
 * Starts one api or worker as a child process (node <app>/dist/main.js, built first when stale) with `env` on
 * top of this process's environment, and waits until it says it is ready: the api's banner, the
 * worker's "worker started". A process that exits first, or is not ready within `timeoutMs`, fails
 * with its output.
 */
export async function startFleetProcess(
  kind: FleetProcessKind,
  name: string,
  env: Record<string, string>,
  timeoutMs = 90_000,
): Promise<FleetProcess> {
  const entry = await builtEntry(kind);
  const child: ChildProcess = spawn(process.execPath, ["--enable-source-maps", entry], {
    cwd: appDir(kind),
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} not ready after ${timeoutMs} ms:\n${tail(lines)}`)), timeoutMs);
    const take = (chunk: Buffer, partial: { text: string }) => {
      partial.text += chunk.toString("utf8");
      const parts = partial.text.split("\n");
      partial.text = parts.pop() ?? "";
      for (const line of parts) {
        lines.push(line);
        const match = READY[kind].exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match[1] ?? "");
        }
      }
    };
    const out = { text: "" };
    const err = { text: "" };
    child.stdout?.on("data", (chunk: Buffer) => take(chunk, out));
    child.stderr?.on("data", (chunk: Buffer) => take(chunk, err));
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${signal ?? code}) before it was ready:\n${tail(lines)}`));
    });
  });
  const url = (await ready).replace("localhost", "127.0.0.1");
  const pid = child.pid ?? 0;
  return {
    kind,
    name,
    pid,
    url,
    lines,
    exited,
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

function tail(lines: string[]): string {
  return lines.slice(-20).join("\n");
}

/** Lines of a process's pino output that are JSON objects, parsed. */
export function logRecords(process: FleetProcess): Record<string, unknown>[] {
  return process.lines.flatMap((line) => {
    if (!line.startsWith("{")) return [];
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}
