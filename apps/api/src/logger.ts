import { maskIdentityCodes } from "@reskontra/domain";
import pino, { type Logger } from "pino";

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

export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
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
      serializers: { req: requestForLog },
      hooks: { streamWrite: maskPersonalData },
    },
    options.destination,
  );
}
