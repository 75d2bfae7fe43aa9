import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import { router } from "../trpc/init";
import { publicProcedure } from "../trpc/procedures";
import { healthOutput } from "./outputs";

export const healthRouter = router({
  check: publicProcedure.output(healthOutput).query(async ({ ctx }) => {
    await queryRows(ctx.db, sql`select 1 as one`);
    return { status: "ok" as const, database: "ok" as const, time: ctx.clock() };
  }),
});
