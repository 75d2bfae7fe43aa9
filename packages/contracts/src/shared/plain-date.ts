import { isIsoDate } from "@reskontra/domain";
import { z } from "zod";

/** A business date, "YYYY-MM-DD"; a refusal reads DATE_INVALID in the caller's language. */
// Year 0 is no year in PostgreSQL ("date/time field value out of range"): refused here, not as a 500 there.
export const plainDate = z.string().refine((v) => isIsoDate(v) && v >= "0001-01-01", { message: "DATE_INVALID" });
