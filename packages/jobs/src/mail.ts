import { z } from "zod";
import { defineJob } from "./define-job";

/** Sends one queued notification e-mail from outgoing_mails. */
export const sendMail = defineJob({
  name: "mail.send",
  schema: z.object({ mailId: z.uuid() }),
  retryLimit: 8,
  policy: "short",
});
