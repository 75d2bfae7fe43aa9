import pino, { type Logger } from "pino";

// Personal identity codes (DDMMYY + century sign + 3 digits + check character) never reach a log line,
// wherever they hide: a URL's query string, an input echoed by an error, a message.
const HETU = /\b(\d{6})[-+A-FU-Y](\d{3})[0-9A-FHJ-NPR-Y]\b/g;

export function maskPersonalData(line: string): string {
  return line.replace(HETU, "******-****");
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
      hooks: { streamWrite: maskPersonalData },
    },
    options.destination,
  );
}
