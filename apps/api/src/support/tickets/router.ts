import { router } from "../../trpc/init";

export const ticketsRouter = router({});
