export {
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_MESSAGE,
  checkAttachment,
  safeFileName,
  sniffContentType,
  storeAttachments,
} from "./attachments";
export type { AttachmentProblem, AttachmentType, NewAttachment } from "./attachments";
export { createTicket, lineForCategory, saveIdentifiers } from "./create-ticket";
export type { NewTicket } from "./create-ticket";
export { addTicketMessage } from "./add-message";
export type { AddedMessage, NewTicketMessage } from "./add-message";
export { recordTicketChange } from "./ticket-events";
export type { TicketChange } from "./ticket-events";
export { ticketMailSubject, ticketMailText, ticketNumberInSubject, ticketTag } from "./mail-texts";
export { statusHistoryOf, ticketStatusHistory } from "./reports-history";
export type { StoredStatusHistory } from "./reports-history";
export { saveVoucherNumbers, ticketVoucherErrorReports, VOUCHER_REPORTS_PER_RUN } from "./tickets-voucher-reports";
export {
  inboundMessageKey,
  parseMail,
  processInboundMail,
  readHeaderBlock,
  receiveInboundMail,
  releaseInboundMail,
  supportMailboxFor,
  unprocessedInboundMails,
} from "./mail";
export type { InboundOutcome, ParsedMail, ReceivedMail } from "./mail";
