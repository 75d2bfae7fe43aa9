import { router } from "../../trpc/init";

export const suggestionsRouter = router({});
