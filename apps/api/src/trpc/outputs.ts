import { z } from "zod";

/** The answer of a change that only names what it created or touched. */
export const idOutput = z.object({ id: z.string() });

/** The answer of a change with nothing to tell but that it happened. */
export const okOutput = z.object({ ok: z.literal(true) });
