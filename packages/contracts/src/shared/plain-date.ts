import { isIsoDate } from "@reskontra/domain";
import { z } from "zod";

/** A business date, "YYYY-MM-DD"; a refusal reads DATE_INVALID in the caller's language. */
export const plainDate = z.string().refine((v) => isIsoDate(v), { message: "DATE_INVALID" });
