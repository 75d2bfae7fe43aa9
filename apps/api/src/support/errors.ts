import { SUPPORT_MAIL_ERRORS } from "./mail/errors";
import { SUPPORT_PHONE_ERRORS } from "./phone/errors";
import { SUPPORT_REPORTS_ERRORS } from "./reports/errors";
import { SUPPORT_SUGGESTIONS_ERRORS } from "./suggestions/errors";
import { SUPPORT_THIRD_PARTIES_ERRORS } from "./third-parties/errors";
import { SUPPORT_TICKETS_ERRORS } from "./tickets/errors";
import { SUPPORT_WORKSPACE_ERRORS } from "./workspace/errors";

/** Refusals of the support desk, one table per room; composed into the api's one error table. */
export const SUPPORT_ERRORS = {
  ...SUPPORT_TICKETS_ERRORS,
  ...SUPPORT_WORKSPACE_ERRORS,
  ...SUPPORT_MAIL_ERRORS,
  ...SUPPORT_PHONE_ERRORS,
  ...SUPPORT_THIRD_PARTIES_ERRORS,
  ...SUPPORT_SUGGESTIONS_ERRORS,
  ...SUPPORT_REPORTS_ERRORS,
};
