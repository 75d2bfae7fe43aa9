import { router } from "../../trpc/init";

export const workspaceRouter = router({});
