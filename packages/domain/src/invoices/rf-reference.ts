import { DomainError } from "../shared/errors";
import { mod97 } from "./mod97";
import { normalizeReference } from "./reference";
import { groupIban } from "../shared/grouping";

function compactRf(rf: string): string {
  return rf.replace(/\s+/g, "").toUpperCase();
}

/** National reference → ISO 11649 machine form: "2348236" → "RF332348236". */
export function toRfReference(ref: string): string {
  const body = normalizeReference(ref);
  const check = 98 - mod97(`${body}RF00`);
  return `RF${String(check).padStart(2, "0")}${body}`;
}

/** ISO 11649: RF + check digits 02–98 + 1–21 alphanumerics, mod 97 = 1. */
export function isValidRfReference(rf: string): boolean {
  if (typeof rf !== "string") return false;
  const compact = compactRf(rf);
  const m = /^RF(\d{2})([0-9A-Z]{1,21})$/.exec(compact);
  if (!m) return false;
  const check = Number(m[1]);
  if (check < 2 || check > 98) return false;
  return mod97(`${m[2]}RF${m[1]}`) === 1;
}

/** Upper case, groups of four: "RF33 2348 236". */
export function formatRfReference(rf: string): string {
  if (!isValidRfReference(rf)) throw new DomainError("RF_REFERENCE_INVALID", { field: "reference" });
  return groupIban(compactRf(rf));
}

/** Machine form of a valid RF reference (no spaces, upper case). */
export function normalizeRfReference(rf: string): string {
  if (!isValidRfReference(rf)) throw new DomainError("RF_REFERENCE_INVALID", { field: "reference" });
  return compactRf(rf);
}

export function isRfLike(ref: string): boolean {
  return /^\s*rf/i.test(ref);
}
