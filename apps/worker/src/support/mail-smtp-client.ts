import net from "node:net";

/**
 * A bare SMTP client for tests and the bench: sends bytes exactly as given (even a broken mail)
 * and reports the server's answer instead of throwing, so a refusal can be checked.
 */
export async function sendRawSmtp(
  url: string,
  envelope: { from: string; to: readonly string[] },
  raw: string | Buffer,
): Promise<{ code: number; message: string }> {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  socket.setTimeout(20_000);
  socket.setNoDelay(true);
  let buffer = "";
  const waiting: ((line: string) => void)[] = [];
  const lines: string[] = [];
  socket.on("data", (chunk: Buffer) => {
    buffer += chunk.toString("latin1");
    let at: number;
    while ((at = buffer.indexOf("\r\n")) !== -1) {
      const line = buffer.slice(0, at);
      buffer = buffer.slice(at + 2);
      const next = waiting.shift();
      if (next) next(line);
      else lines.push(line);
    }
  });
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      const ready = lines.shift();
      if (ready !== undefined) return resolve(ready);
      waiting.push(resolve);
      socket.once("error", reject);
      socket.once("timeout", () => reject(new Error("SMTP timeout")));
    });
  /** One reply, possibly multi-line ("250-…" then "250 …"). */
  const reply = async () => {
    let line = await nextLine();
    const parts = [line];
    while (/^\d{3}-/.test(line)) {
      line = await nextLine();
      parts.push(line);
    }
    return { code: Number(line.slice(0, 3)), message: parts.map((p) => p.slice(4)).join("\n") };
  };
  const command = async (text: string) => {
    socket.write(`${text}\r\n`);
    return reply();
  };
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("error", reject);
    });
    await reply();
    await command("EHLO test.example");
    const steps = [`MAIL FROM:<${envelope.from}>`, ...envelope.to.map((to) => `RCPT TO:<${to}>`), "DATA"];
    for (const step of steps) {
      const answer = await command(step);
      if (answer.code >= 400) return answer;
    }
    const body = Buffer.isBuffer(raw) ? raw.toString("latin1") : Buffer.from(raw, "utf8").toString("latin1");
    const stuffed = body.replace(/\r?\n/g, "\r\n").replace(/^\./gm, "..");
    socket.write(Buffer.from(`${stuffed}${stuffed.endsWith("\r\n") ? "" : "\r\n"}.\r\n`, "latin1"));
    const answer = await reply();
    await command("QUIT").catch(() => null);
    return answer;
  } finally {
    socket.destroy();
  }
}
