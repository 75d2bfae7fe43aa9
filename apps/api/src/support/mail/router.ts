import { router } from "../../trpc/init";

export const mailRouter = router({});
