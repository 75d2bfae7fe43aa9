import { compareIsoDates, formatIsoDate, isIsoDate, isValidDateParts } from "../shared/dates";
import type { IsoDate } from "../shared/dates";
import { refuse } from "../shared/errors";
import type { Result } from "../shared/errors";

// Henkilötunnus: DDMMYY + century sign + individual number (3) + check char.
// Century signs since 2023 (DVV): + 1800s; - Y X W V U 1900s; A B C D E F 2000s.
const CENTURY: Record<string, number> = {
  "+": 1800,
  "-": 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};
const CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const SHAPE = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/;

export type Sex = "female" | "male";

export type ParsedHetu = {
  birthDate: IsoDate;
  sex: Sex;
  /** Individual numbers 900–999 are temporary/test codes, not in the population register. */
  temporary: boolean;
};

export type HetuOptions = {
  /** When given, a birth date after this day is refused (codes are not issued in advance). */
  today?: IsoDate;
};

/**
 * Parses a personal identity code. Individual numbers 000 and 001 are refused:
 * DVV never issues them (002–899 permanent, 900–999 temporary).
 */
export function parseHetu(code: string, options: HetuOptions = {}): Result<ParsedHetu> {
  if (typeof code !== "string") return refuse("HETU_FORMAT_INVALID", "hetu");
  const m = SHAPE.exec(code);
  if (!m) return refuse("HETU_FORMAT_INVALID", "hetu");
  const [, dd = "", mm = "", yy = "", sign = "", individual = "", check = ""] = m;
  const century = CENTURY[sign];
  if (century === undefined) return refuse("HETU_FORMAT_INVALID", "hetu");
  const year = century + Number(yy);
  if (!isValidDateParts(year, Number(mm), Number(dd))) return refuse("HETU_DATE_INVALID", "hetu");
  const number = Number(individual);
  if (number < 2) return refuse("HETU_INDIVIDUAL_NUMBER_INVALID", "hetu");
  if (CHECK_CHARS[Number(`${dd}${mm}${yy}${individual}`) % 31] !== check) {
    return refuse("HETU_CHECKSUM_INVALID", "hetu");
  }
  const birthDate = formatIsoDate(year, Number(mm), Number(dd));
  if (options.today !== undefined && isIsoDate(options.today) && compareIsoDates(birthDate, options.today) > 0) {
    return refuse("HETU_BIRTH_DATE_IN_FUTURE", "hetu");
  }
  return { ok: true, birthDate, sex: number % 2 === 0 ? "female" : "male", temporary: number >= 900 };
}

export function isValidHetu(code: string, options: HetuOptions = {}): boolean {
  return parseHetu(code, options).ok;
}
