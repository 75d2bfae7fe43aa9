// Sending mail over SMTP, and a local SMTP server that keeps what it receives (development and tests).
export { createMailer, normalizeMessageId } from "./mailer";
export type { MailAttachment, Mailer, OutgoingMail } from "./mailer";
export { isDefinitelyUndelivered } from "./smtp-outcome";
export { readCaughtMail, startMailCatcher } from "./mail-catcher";
export type { CaughtAttachment, CaughtMail, MailCatcher, MailCatcherOptions } from "./mail-catcher";
export { startMailReceiver } from "./smtp-inbound";
export type { InboundMailHandler, MailReceiver, MailReceiverOptions } from "./smtp-inbound";
