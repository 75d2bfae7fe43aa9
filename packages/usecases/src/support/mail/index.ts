export { inboundMessageKey, parseMail, readHeaderBlock } from "./parse-mail";
export type { ParsedMail } from "./parse-mail";
export { receiveInboundMail, supportMailboxFor, unprocessedInboundMails } from "./receive-mail";
export type { ReceivedMail } from "./receive-mail";
export { processInboundMail, releaseInboundMail } from "./process-mail";
export type { InboundOutcome } from "./process-mail";
