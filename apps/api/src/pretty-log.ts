import { Writable } from "node:stream";

/** JSON lines for machines (production, pipes, tests); one short readable line per record for people. */
export type LogFormat = "json" | "pretty";

/** LOG_FORMAT decides when set; otherwise pretty on a terminal outside production, JSON everywhere else. */
export function logFormatOf(env: NodeJS.ProcessEnv, isTty: boolean): LogFormat {
  if (env.LOG_FORMAT === "json" || env.LOG_FORMAT === "pretty") return env.LOG_FORMAT;
  return isTty && env.NODE_ENV !== "production" ? "pretty" : "json";
}

const LEVELS: Record<number, string> = { 10: "TRACE", 20: "DEBUG", 30: "INFO ", 40: "WARN ", 50: "ERROR", 60: "FATAL" };
/** Fields every line has, or that the line's shape already says. */
const QUIET = new Set(["level", "time", "pid", "hostname", "msg", "reqId", "res", "responseTime", "err", "req"]);

function clock(time: unknown): string {
  const date = typeof time === "number" ? new Date(time) : new Date();
  return date.toTimeString().slice(0, 8);
}

function value(v: unknown): string {
  if (typeof v === "string") return /\s/.test(v) ? JSON.stringify(v) : v;
  return JSON.stringify(v);
}

interface ResponseFields {
  statusCode?: number;
  method?: string;
  url?: string;
}

/** "/trpc/invoices.search?batch=1&input=…" → "/trpc/invoices.search?…": the procedure, not its input. */
function shortPath(url: string): string {
  const query = url.indexOf("?");
  return query === -1 ? url : `${url.slice(0, query)}?…`;
}

/** One pino JSON record as one line (an error adds its stack below): "12:00:01 GET /trpc/auth.whoami 200 3 ms". */
export function prettyLine(record: Record<string, unknown>): string {
  const level = LEVELS[record.level as number] ?? String(record.level);
  const res = record.res as ResponseFields | undefined;
  let text: string;
  if (record.msg === "request completed" && res?.method) {
    const ms = typeof record.responseTime === "number" ? Math.round(record.responseTime) : "?";
    text = `${clock(record.time)} ${res.method} ${shortPath(res.url ?? "")} ${res.statusCode ?? "?"} ${ms} ms`;
  } else {
    const extras = Object.entries(record)
      .filter(([k]) => !QUIET.has(k))
      .map(([k, v]) => `${k}=${value(v)}`);
    if (res?.method && typeof res.url === "string")
      extras.unshift(`${res.method} ${shortPath(res.url)} ${res.statusCode ?? ""}`.trim());
    text = `${clock(record.time)} ${level} ${typeof record.msg === "string" ? record.msg : ""}${extras.length ? ` ${extras.join(" ")}` : ""}`;
  }
  const err = record.err as { message?: string; stack?: string } | undefined;
  if (err) text += `\n${err.stack ?? err.message ?? JSON.stringify(err)}`;
  return `${text}\n`;
}

/** A destination for pino that writes each (already masked) JSON line to `out` in the pretty form. */
export function prettyStream(out: { write(text: string): unknown } = process.stdout): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      for (const line of chunk.toString().split("\n")) {
        if (!line) continue;
        let record: Record<string, unknown> | null = null;
        try {
          record = JSON.parse(line) as Record<string, unknown>;
        } catch {
          record = null;
        }
        out.write(record ? prettyLine(record) : `${line}\n`);
      }
      done();
    },
  });
}
