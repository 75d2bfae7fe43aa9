import { availableParallelism } from "node:os";
import path from "node:path";

/** Where the worker delivers things. Everything has a development default except SMTP. */
export interface WorkerConfig {
  /** null: no SMTP configured; e-mail dispatches then fail loudly and stay queued for a retry. */
  smtpUrl: string | null;
  /** The invoices mailbox: every e-mail invoice leaves from (and is copied in) one place. */
  invoiceMailFrom: string;
  /** Receives the daily deadline alert. */
  customerServiceEmail: string;
  /** The print service's folder (ePDF); used when printServiceUrl is not set. */
  printOutboxDir: string;
  /** When set, post dispatches are POSTed here as application/pdf with an Idempotency-Key header. */
  printServiceUrl: string | null;
  /** The e-invoice operator's folder for Finvoice messages; used when einvoiceOperatorUrl is not set. */
  einvoiceOutboxDir: string;
  /**
   * When set, e-invoices are POSTed here in the Finvoice transmission frame (SOAP) with an
   * Idempotency-Key header, and the operator's acknowledgement is recorded on the dispatch.
   */
  einvoiceOperatorUrl: string | null;
  /** The secret the operator gave us, sent as a bearer token (EINVOICE_OPERATOR_TOKEN); never logged. */
  einvoiceOperatorToken: string | null;
  /** Base of links in notification mails, e.g. "https://reskontra.example". */
  publicUrl: string;
  /** When set, an SMTP receiver for the support mailboxes listens here (INBOUND_SMTP_PORT). */
  inboundSmtpPort: number | null;
  /** The receiver's address (INBOUND_SMTP_HOST); 0.0.0.0 to take mail from the MX in front of it. */
  inboundSmtpHost: string;
  /**
   * Threads that render dispatch PDFs beside the main thread (RENDER_THREADS; 0 renders in the main
   * thread). Default: one fewer than the machine's cores, at least one, so the main thread keeps a
   * core for the database and SMTP work.
   */
  renderThreads: number;
}

type Env = Readonly<Record<string, string | undefined>>;

/** An unset or blank variable counts as absent, so `SMTP_URL=` in a .env file means "no SMTP". */
function read(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function port(value: string | null): number | null {
  if (value === null) return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`INBOUND_SMTP_PORT must be a port number, got "${value}"`);
  return n;
}

function operatorUrl(value: string | null): string | null {
  if (value === null) return null;
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new Error(`EINVOICE_OPERATOR_URL must be an http(s) address, got "${value}"`);
  }
  return value;
}

const MAX_RENDER_THREADS = 64;

/** One fewer than the machine's cores, at least one. */
export function defaultRenderThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

function renderThreads(value: string | null): number {
  if (value === null) return defaultRenderThreads();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > MAX_RENDER_THREADS) {
    throw new Error(`RENDER_THREADS must be a whole number from 0 to ${MAX_RENDER_THREADS}, got "${value}"`);
  }
  return n;
}

export function workerConfigFromEnv(env: Env, dataDir: string): WorkerConfig {
  return {
    smtpUrl: read(env, "SMTP_URL"),
    invoiceMailFrom: read(env, "INVOICE_MAIL_FROM") ?? "laskut@reskontra.fi",
    customerServiceEmail: read(env, "CUSTOMER_SERVICE_EMAIL") ?? "asiakaspalvelu@reskontra.fi",
    printOutboxDir: path.resolve(read(env, "PRINT_OUTBOX_DIR") ?? path.join(dataDir, "outbox", "print")),
    printServiceUrl: read(env, "PRINT_SERVICE_URL"),
    einvoiceOutboxDir: path.resolve(read(env, "EINVOICE_OUTBOX_DIR") ?? path.join(dataDir, "outbox", "einvoice")),
    einvoiceOperatorUrl: operatorUrl(read(env, "EINVOICE_OPERATOR_URL")),
    einvoiceOperatorToken: read(env, "EINVOICE_OPERATOR_TOKEN"),
    publicUrl: (read(env, "PUBLIC_URL") ?? "http://localhost:3000").replace(/\/+$/, ""),
    inboundSmtpPort: port(read(env, "INBOUND_SMTP_PORT")),
    inboundSmtpHost: read(env, "INBOUND_SMTP_HOST") ?? "127.0.0.1",
    renderThreads: renderThreads(read(env, "RENDER_THREADS")),
  };
}

/**
 * The data folder as the api resolves it (DATA_DIR, relative to where pnpm was started), so a
 * worker started without explicit config writes its outboxes beside the api's data.
 */
export function defaultDataDir(env: Env = process.env): string {
  const dir = read(env, "DATA_DIR") ?? "./data";
  return path.isAbsolute(dir) ? dir : path.resolve(read(env, "INIT_CWD") ?? process.cwd(), dir);
}

/** Environment defaults first, then whatever the caller passed explicitly. */
export function resolveWorkerConfig(overrides: Partial<WorkerConfig> = {}, env: Env = process.env): WorkerConfig {
  // An explicit `undefined` must not erase a default.
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return { ...workerConfigFromEnv(env, defaultDataDir(env)), ...given };
}
