import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerSession } from "smtp-server";

/**
 * Where mail for the support mailboxes goes when an SMTP server here receives it: the support
 * desk stores it raw and turns it into a ticket later (see @reskontra/usecases/support).
 */
export interface InboundMailHandler {
  /** The support mailbox a recipient address is (its canonical address), or null when it is none of ours. */
  mailboxFor(recipient: string): Promise<string | null>;
  /** Stores the raw mail for each mailbox; a throw answers 451, so the sending server tries again later. */
  deliver(mail: { raw: Buffer; mailboxes: string[]; envelopeFrom: string | null }): Promise<void>;
}

export const DEFAULT_MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

type SmtpError = Error & { responseCode: number };
export const smtpError = (responseCode: number, message: string): SmtpError =>
  Object.assign(new Error(message), { responseCode });

export interface SmtpServerOptions {
  maxBytes: number;
  /** Decides per recipient: accept it (any value) or refuse it with an SMTP error. */
  onRecipient(address: string, session: SMTPServerSession): Promise<void>;
  onMessage(raw: Buffer, session: SMTPServerSession): Promise<void>;
}

/** One SMTP server set-up for the local catcher and the inbound receiver: plain SMTP, size-limited, never crashing on a client's error. */
export async function listenSmtp(
  opts: SmtpServerOptions,
  port: number,
  host: string,
): Promise<{ url: string; port: number; close(): Promise<void> }> {
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    size: opts.maxBytes,
    logger: false,
    closeTimeout: 1000,
    // The peer is named by its address in the logs; a reverse DNS lookup per connection only slows receiving.
    disableReverseLookup: true,
    onRcptTo(address, session, callback) {
      opts.onRecipient(address.address, session).then(
        () => callback(),
        (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
      );
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", (err: Error) => callback(err));
      stream.on("end", () => {
        if (stream.sizeExceeded) {
          callback(smtpError(552, `5.3.4 Message too big: the limit is ${opts.maxBytes} bytes`));
          return;
        }
        opts.onMessage(Buffer.concat(chunks), session).then(
          () => callback(),
          (err: unknown) =>
            callback(
              err instanceof Error && "responseCode" in err
                ? err
                : smtpError(451, "4.3.0 Temporary failure storing the message, try again later"),
            ),
        );
      });
    },
  });
  // Errors of single client connections are reported here; they must not crash the process.
  server.on("error", () => undefined);

  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(port, host, () => {
      server.server.off("error", reject);
      resolve();
    });
  });
  const address = server.server.address() as AddressInfo;
  return {
    url: `smtp://${host}:${address.port}`,
    port: address.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The envelope's recipients split into support mailboxes and everything else, asked once per session. */
export async function splitRecipients(
  session: SMTPServerSession,
  inbound: InboundMailHandler | null,
): Promise<{ mailboxes: string[]; others: string[] }> {
  const mailboxes = new Set<string>();
  const others: string[] = [];
  for (const rcpt of session.envelope.rcptTo) {
    const mailbox = inbound ? await inbound.mailboxFor(rcpt.address) : null;
    if (mailbox) mailboxes.add(mailbox);
    else others.push(rcpt.address);
  }
  return { mailboxes: [...mailboxes], others };
}

export const envelopeSender = (session: SMTPServerSession): string | null =>
  session.envelope.mailFrom === false || session.envelope.mailFrom.address === "" ? null : session.envelope.mailFrom.address;

export interface MailReceiverOptions {
  port: number;
  /** "0.0.0.0" to take mail from other hosts (production, behind the MX). */
  host?: string;
  maxBytes?: number;
  inbound: InboundMailHandler;
}

export interface MailReceiver {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The production receiver: an SMTP server that takes mail only for the support mailboxes (any
 * other recipient is refused with 550 at RCPT TO) and hands each message to `inbound`.
 */
export async function startMailReceiver(opts: MailReceiverOptions): Promise<MailReceiver> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  return listenSmtp(
    {
      maxBytes,
      async onRecipient(address) {
        if (!(await opts.inbound.mailboxFor(address))) throw smtpError(550, `5.1.1 <${address}>: no such support mailbox here`);
      },
      async onMessage(raw, session) {
        const { mailboxes } = await splitRecipients(session, opts.inbound);
        await opts.inbound.deliver({ raw, mailboxes, envelopeFrom: envelopeSender(session) });
      },
    },
    opts.port,
    opts.host ?? "127.0.0.1",
  );
}
