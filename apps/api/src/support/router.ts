import { router } from "../trpc/init";
import { mailRouter } from "./mail/router";
import { phoneRouter } from "./phone/router";
import { reportsRouter } from "./reports/router";
import { suggestionsRouter } from "./suggestions/router";
import { thirdPartiesRouter } from "./third-parties/router";
import { ticketsRouter } from "./tickets/router";
import { workspaceRouter } from "./workspace/router";

/** The support desk (DESIGN.md §4): one sub-router per room of the module. */
export const supportRouter = router({
  tickets: ticketsRouter,
  workspace: workspaceRouter,
  mail: mailRouter,
  phone: phoneRouter,
  thirdParties: thirdPartiesRouter,
  suggestions: suggestionsRouter,
  reports: reportsRouter,
});
