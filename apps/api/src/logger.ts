import pino, { type Logger } from "pino";

// Personal identity codes (DDMMYY + century sign + 3 digits + check character) never reach a log line,
// wherever they hide: a URL's query string, an input echoed by an error, a message. No left word
// boundary: URL encoding puts hex digits right before the code ("%22010101A9992"); masking a few
// digits of some longer number too is the safe side to err on. "%2B" is an encoded "+" century sign.
const HETU = /\d{6}(?:[-+A-FU-Y]|%2B)\d{3}[0-9A-FHJ-NPR-Y](?![0-9A-Za-z])/g;

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
