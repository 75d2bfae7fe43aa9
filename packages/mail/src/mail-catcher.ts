import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server for development and tests: it accepts every message and
 * stores it as a .eml file, so tests and developers read exactly what was sent
 * over the wire. Plain SMTP on localhost only: no TLS, no authentication needed.
 */

export interface MailCatcherOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: "127.0.0.1";
  dir: string;
}

export interface MailCatcher {
  /** e.g. "smtp://127.0.0.1:2525", ready for createMailer */
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;
// Shared by all catchers in the process so two catchers on one folder never pick the same name.
let sequence = 0;

export async function startMailCatcher(opts: MailCatcherOptions): Promise<MailCatcher> {
  const host = opts.host ?? "127.0.0.1";
  await mkdir(opts.dir, { recursive: true });

  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    closeTimeout: 1000,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", (err: Error) => callback(err));
      stream.on("end", () => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error("Message exceeds the size limit"), { responseCode: 552 }));
          return;
        }
        storeMessage(opts.dir, Buffer.concat(chunks)).then(
          () => callback(),
          (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
        );
      });
    },
  });
  // Errors of single client connections are reported here; they must not crash the process.
  server.on("error", () => undefined);

  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      server.server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${host}:${port}`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Written under a temporary name and renamed, so a reader never sees half a message. */
async function storeMessage(dir: string, raw: Buffer): Promise<void> {
  sequence += 1;
  const name = `${Date.now()}-${sequence}.eml`;
  const temporary = path.join(dir, `.${name}.partial`);
  await writeFile(temporary, raw, { flag: "wx" });
  await rename(temporary, path.join(dir, name));
}

export interface CaughtAttachment {
  filename: string;
  contentType: string;
  size: number;
  content: Buffer;
}

export interface CaughtMail {
  /** Absolute path of the .eml file. */
  file: string;
  messageId: string | null;
  from: string;
  to: string[];
  subject: string;
  text: string;
  attachments: CaughtAttachment[];
  date: Date | null;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects
    .flatMap((o) => o.value.flatMap((a) => [a.address, ...(a.group ?? []).map((g) => g.address)]))
    .filter((a): a is string => Boolean(a));
}

/** "<timestamp>-<n>.eml" → sort key; files are ordered by arrival, not by name. */
function arrivalKey(file: string): [number, number] {
  const match = /^(\d+)-(\d+)\.eml$/.exec(file);
  return match ? [Number(match[1]), Number(match[2])] : [Number.MAX_SAFE_INTEGER, 0];
}

/** Every message stored in `dir`, oldest first; an absent folder holds no mail. */
export async function readCaughtMail(dir: string): Promise<CaughtMail[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith(".eml"));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
  files.sort((a, b) => {
    const [ta, na] = arrivalKey(a);
    const [tb, nb] = arrivalKey(b);
    return ta - tb || na - nb || a.localeCompare(b);
  });
  return Promise.all(
    files.map(async (name): Promise<CaughtMail> => {
      const file = path.resolve(dir, name);
      const parsed = await simpleParser(await readFile(file));
      return {
        file,
        messageId: parsed.messageId ?? null,
        from: addresses(parsed.from)[0] ?? "",
        to: addresses(parsed.to),
        subject: parsed.subject ?? "",
        text: parsed.text ?? "",
        attachments: parsed.attachments.map((a) => ({
          filename: a.filename ?? "",
          contentType: a.contentType,
          size: a.size,
          content: a.content,
        })),
        date: parsed.date ?? null,
      };
    }),
  );
}
