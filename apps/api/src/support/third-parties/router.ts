import { router } from "../../trpc/init";

export const thirdPartiesRouter = router({});
