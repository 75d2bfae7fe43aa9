import { ROLES } from "@reskontra/db";
import { z } from "zod";

export const memberOutput = z.object({ userId: z.string(), name: z.string(), email: z.string(), role: z.enum(ROLES) });
