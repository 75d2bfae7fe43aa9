import { maskIdentityCodes } from "@reskontra/domain";
import pino, { type Logger } from "pino";

/**
 * The standalone worker's logger: pino JSON like the api's, with every serialized line passed
 * through the identity-code mask (plain, lower-cased, percent-encoded or JSON-escaped codes alike),
 * since job payloads, mail subjects and error messages can carry a customer's code.
 */
export function createWorkerLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? "info",
      redact: { paths: ["password", "*.password", "smtpUrl", "*.smtpUrl"], censor: "[redacted]" },
      hooks: { streamWrite: maskIdentityCodes },
    },
    options.destination,
  );
}
