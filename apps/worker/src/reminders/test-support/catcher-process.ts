import { startMailCatcher } from "@reskontra/mail";

/**
 * The bench's SMTP server as a process of its own (bundled and spawned by catcher-child.ts): in
 * production the mail server is another machine, so the worker being measured must not also pay
 * for the server's side of every message on its own main thread.
 * Usage: node catcher-process.js <folder for the .eml files>
 */
const dir = process.argv[2];
if (!dir) throw new Error("usage: catcher-process <mail folder>");
const catcher = await startMailCatcher({ port: 0, dir });
process.stdout.write(`${catcher.url}\n`);
process.on("SIGTERM", () => {
  void catcher.close().finally(() => process.exit(0));
});
