import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import { z } from "zod";
import { router } from "../trpc/init";
import { publicProcedure } from "../trpc/procedures";

export const healthRouter = router({
  check: publicProcedure
    .output(z.object({ status: z.literal("ok"), database: z.literal("ok"), time: z.string() }))
    .query(async ({ ctx }) => {
      await queryRows(ctx.db, sql`select 1 as one`);
      return { status: "ok" as const, database: "ok" as const, time: ctx.clock().toISOString() };
    }),
});
