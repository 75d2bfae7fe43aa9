import { router } from "../trpc/init";
import { authedProcedure } from "../trpc/procedures";
import { homeSummaryOutput } from "./outputs";
import { homeSummary } from "./summary";

/** The home page's counts: one call, a few set-wise COUNTs per role the caller holds. */
export const homeRouter = router({
  summary: authedProcedure.output(homeSummaryOutput).query(({ ctx }) => homeSummary(ctx)),
});
