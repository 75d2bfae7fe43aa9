import type { Logger } from "pino";

/** Closes everything once on SIGINT or SIGTERM and exits; a second signal while closing changes nothing. */
export function closeOnSignals(logger: Logger, close: () => Promise<void>): void {
  let stopping = false;
  async function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    await close();
    process.exit(0);
  }
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}
