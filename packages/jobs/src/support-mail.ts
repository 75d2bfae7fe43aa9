import { z } from "zod";
import { defineJob } from "./define-job";

/** Turns one stored inbound support mail into a ticket, a message on its ticket, or quarantine. */
export const supportProcessInboundMail = defineJob({
  name: "support.mail.process-inbound",
  schema: z.object({ inboundMailId: z.uuid() }),
  retryLimit: 5,
  policy: "short",
});

/** Processes stored mails that have no live job (a crash between storing and enqueueing). */
export const supportSweepInboundMail = defineJob({
  name: "support.mail.sweep-inbound",
  schema: z.object({}),
  cron: "*/5 * * * *",
});
