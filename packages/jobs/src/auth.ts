import { z } from "zod";
import { defineJob } from "./define-job";

/** Removes sessions past their expiry; runs hourly. */
export const cleanExpiredSessions = defineJob({
  name: "auth.clean-expired-sessions",
  schema: z.object({}),
  cron: "17 * * * *",
});
