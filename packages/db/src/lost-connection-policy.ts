import { isConnectionLost } from "./connection-errors";

/** The part of a pino logger the policy writes to (kept structural so this package needs no logger). */
export interface PolicyLogger {
  error(fields: object, message: string): void;
  fatal(fields: object, message: string): void;
}

type UncaughtKind = "uncaughtException" | "unhandledRejection";

/**
 * The last resort for errors no caller caught. A lost database connection is survivable: every
 * transaction it cut was rolled back by the server, the pools open new connections on the next query,
 * requests in flight already answered 503, and jobs retry with idempotent handlers. So the process
 * logs it and keeps serving. Anything else may have left this process's memory half-updated, which
 * no log line can repair: it is logged and the process exits, for its supervisor to start it again
 * (work it held resumes from the database).
 */
export function uncaughtErrorPolicy(logger: PolicyLogger, exit: (code: number) => void) {
  return (kind: UncaughtKind, error: unknown): "survived" | "exited" => {
    if (isConnectionLost(error)) {
      logger.error({ err: error, kind }, "database connection lost outside any request; carrying on");
      return "survived";
    }
    logger.fatal({ err: error, kind }, "uncaught error; exiting");
    exit(1);
    return "exited";
  };
}

/** Installs the policy for this process: `pnpm start`, and the api and the worker run alone. */
export function surviveLostConnections(logger: PolicyLogger): void {
  const policy = uncaughtErrorPolicy(logger, (code) => process.exit(code));
  process.on("uncaughtException", (error) => policy("uncaughtException", error));
  process.on("unhandledRejection", (reason) => policy("unhandledRejection", reason));
}
