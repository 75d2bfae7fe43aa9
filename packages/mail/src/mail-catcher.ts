import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import { DEFAULT_MAX_MESSAGE_BYTES, envelopeSender, type InboundMailHandler, listenSmtp, splitRecipients } from "./smtp-inbound";

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
  /** Mail for the support mailboxes goes here instead of into `dir` (also settable later with setInbound). */
  inbound?: InboundMailHandler;
}

export interface MailCatcher {
  /** e.g. "smtp://127.0.0.1:2525", ready for createMailer */
  url: string;
  port: number;
  /** From now on, mail for the support mailboxes is handed to `inbound` (the support desk's receiving path). */
  setInbound(inbound: InboundMailHandler | null): void;
  close(): Promise<void>;
}

// Shared by all catchers in the process so two catchers on one folder never pick the same name.
let sequence = 0;

export async function startMailCatcher(opts: MailCatcherOptions): Promise<MailCatcher> {
  const host = opts.host ?? "127.0.0.1";
  await mkdir(opts.dir, { recursive: true });
  let inbound: InboundMailHandler | null = opts.inbound ?? null;

  const server = await listenSmtp(
    {
      maxBytes: DEFAULT_MAX_MESSAGE_BYTES,
      onRecipient: async () => undefined,
      async onMessage(raw, session) {
        const { mailboxes, others } = await splitRecipients(session, inbound);
        if (inbound && mailboxes.length > 0) await inbound.deliver({ raw, mailboxes, envelopeFrom: envelopeSender(session) });
        if (others.length > 0 || mailboxes.length === 0) await storeMessage(opts.dir, raw);
      },
    },
    opts.port ?? 0,
    host,
  );
  return {
    ...server,
    setInbound(next) {
      inbound = next;
    },
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
  // A few dozen at a time: a folder of 50 000 messages opened at once runs out of file handles (EMFILE).
  const mails: CaughtMail[] = [];
  for (let start = 0; start < files.length; start += 64) {
    mails.push(...(await Promise.all(files.slice(start, start + 64).map(readOne))));
  }
  return mails;

  async function readOne(name: string): Promise<CaughtMail> {
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
  }
}
