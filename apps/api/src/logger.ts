import { maskIdentityCodes } from "@reskontra/domain";
import pino, { type Logger } from "pino";
import { logFormatOf, prettyStream, type LogFormat } from "./pretty-log";

// Personal identity codes (DDMMYY + century sign + 3 digits + check character) never reach a log line,
// wherever they hide: a URL's query string, an input echoed by an error, a header, a message; plain,
// lower-cased, percent-encoded or JSON-escaped. The mask runs on the serialized line, after pino has
// escaped it, so what is written is what was checked.
export function maskPersonalData(line: string): string {
  return maskIdentityCodes(line);
}

interface LoggedRequest {
  method: string;
  url: string;
  host?: string;
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
}

/** What a request line says: where it came from and went (the referer may carry a URL with a code: masked). */
function requestForLog(req: LoggedRequest) {
  return {
    method: req.method,
    url: req.url,
    host: req.host,
    remoteAddress: req.ip,
    referer: req.headers.referer,
    userAgent: req.headers["user-agent"],
  };
}

interface LoggedReply {
  statusCode: number;
  request?: { method?: string; url?: string };
}

/** The "request completed" line carries the method and URL too, so one line tells the whole request. */
function responseForLog(reply: LoggedReply) {
  return { statusCode: reply.statusCode, method: reply.request?.method, url: reply.request?.url };
}

/**
 * The process's logger: pino, JSON lines in production and wherever output is not a terminal, a short
 * readable line per record on a developer's terminal (LOG_FORMAT=json|pretty decides when set). Each
 * request makes one line at info ("request completed" with method, URL, status and time); fastify's
 * "incoming request" line moves to debug.
 */
export function createLogger(options: { level?: string; destination?: pino.DestinationStream; format?: LogFormat } = {}): Logger {
  const format = options.destination
    ? (options.format ?? "json")
    : (options.format ?? logFormatOf(process.env, process.stdout.isTTY === true));
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? "info",
      redact: {
        paths: [
          "req.headers.cookie",
          "req.headers.authorization",
          'res.headers["set-cookie"]',
          "password",
          "*.password",
          "token",
          "*.token",
        ],
        censor: "[redacted]",
      },
      serializers: { req: requestForLog, res: responseForLog },
      hooks: {
        streamWrite: maskPersonalData,
        logMethod(args, method, level) {
          if (level === 30 && args[1] === "incoming request") {
            if (this.isLevelEnabled("debug")) this.debug(...(args as [object, string]));
            return;
          }
          method.apply(this, args);
        },
      },
    },
    format === "pretty" ? prettyStream(options.destination ?? process.stdout) : options.destination,
  );
}
