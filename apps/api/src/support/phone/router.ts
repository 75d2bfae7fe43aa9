import { router } from "../../trpc/init";

export const phoneRouter = router({});
