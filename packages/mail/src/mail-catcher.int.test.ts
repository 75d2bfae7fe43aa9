import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCaughtMail, startMailCatcher, type MailCatcher } from "./mail-catcher";
import { createMailer, normalizeMessageId, type Mailer } from "./mailer";

/** Bytes 0–255 behind a PDF header: proves attachments survive base64 and MIME untouched. */
const pdfBytes = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256))]);

const invoiceMail = {
  from: "laskut@reskontra.example",
  to: "ostot@myllynkivi.example",
  subject: "Lasku 10010257 – Tilitoimisto Äijälä Oy",
  text: "Hei,\n\nliitteenä lasku 10010257, eräpäivä 23.11.2026.\n",
  attachments: [{ filename: "lasku-10010257.pdf", content: pdfBytes, contentType: "application/pdf" }],
};

describe("mail catcher and mailer", () => {
  let root: string;
  let catcher: MailCatcher;
  let mailer: Mailer;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "reskontra-mail-"));
    catcher = await startMailCatcher({ port: 0, dir: path.join(root, "caught", "nested") });
    mailer = createMailer(catcher.url);
  });

  afterAll(async () => {
    mailer.close();
    await catcher.close();
    await rm(root, { recursive: true, force: true });
  });

  it("listens on a random local port", () => {
    expect(catcher.port).toBeGreaterThan(0);
    expect(catcher.url).toBe(`smtp://127.0.0.1:${catcher.port}`);
  });

  it("delivers a message with a PDF attachment byte for byte", async () => {
    const dir = path.join(root, "caught", "nested");
    const sent = await mailer.send({ ...invoiceMail, messageId: "invoice-10010257-email@reskontra.example" });
    expect(sent.messageId).toBe("<invoice-10010257-email@reskontra.example>");

    const mails = await readCaughtMail(dir);
    const mail = mails.at(-1);
    expect(mail).toBeDefined();
    if (!mail) return;
    expect(mail.messageId).toBe(sent.messageId);
    expect(mail.from).toBe(invoiceMail.from);
    expect(mail.to).toEqual([invoiceMail.to]);
    expect(mail.subject).toBe(invoiceMail.subject);
    expect(mail.text).toBe(invoiceMail.text);
    expect(mail.date).toBeInstanceOf(Date);
    expect(mail.file.startsWith(dir)).toBe(true);
    expect(path.basename(mail.file)).toMatch(/^\d+-\d+\.eml$/);
    expect(mail.attachments).toHaveLength(1);
    const [attachment] = mail.attachments;
    expect(attachment?.filename).toBe("lasku-10010257.pdf");
    expect(attachment?.contentType).toBe("application/pdf");
    expect(attachment?.size).toBe(pdfBytes.length);
    expect(attachment?.content.equals(pdfBytes)).toBe(true);
  });

  it("stores both copies when the same Message-ID is sent twice (deduplication is the caller's job)", async () => {
    const dir = path.join(root, "twice");
    const twice = await startMailCatcher({ dir });
    const once = createMailer(twice.url);
    try {
      const messageId = "invoice-10010258-email@reskontra.example";
      await once.send({ ...invoiceMail, subject: "first", messageId });
      await once.send({ ...invoiceMail, subject: "second", messageId });
      const mails = await readCaughtMail(dir);
      expect(mails.map((m) => m.subject)).toEqual(["first", "second"]);
      expect(mails.map((m) => m.messageId)).toEqual([`<${messageId}>`, `<${messageId}>`]);
      expect((await readdir(dir)).filter((f) => f.endsWith(".eml"))).toHaveLength(2);
    } finally {
      once.close();
      await twice.close();
    }
  });

  it("lets nodemailer choose a Message-ID when none is given, and reports it", async () => {
    const sent = await mailer.send({
      from: invoiceMail.from,
      to: "info@reskontra.example",
      subject: "Ilmoitus",
      text: "Lasku lähetetty.",
    });
    const mails = await readCaughtMail(path.join(root, "caught", "nested"));
    const mail = mails.find((m) => m.subject === "Ilmoitus");
    expect(mail?.messageId).toBe(sent.messageId);
    expect(mail?.attachments).toEqual([]);
  });

  it("reads an absent folder as empty", async () => {
    expect(await readCaughtMail(path.join(root, "does-not-exist"))).toEqual([]);
  });

  it("refuses a Message-ID that could inject headers", () => {
    expect(() => normalizeMessageId("a@b\r\nBcc: victim@example.com")).toThrow(/line breaks/);
    expect(() => normalizeMessageId("no-at-sign")).toThrow();
    expect(normalizeMessageId("<x@y>")).toBe("<x@y>");
  });

  it("stops accepting mail once closed", async () => {
    const closing = await startMailCatcher({ dir: path.join(root, "closed") });
    await closing.close();
    const late = createMailer(closing.url);
    try {
      await expect(late.send({ ...invoiceMail })).rejects.toThrow(/ECONNREFUSED|connect/i);
    } finally {
      late.close();
    }
  });
});
