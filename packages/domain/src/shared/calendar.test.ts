import { describe, expect, it } from "vitest";
import { addBusinessDays, easterSunday, finnishHolidays, isBusinessDay, nextBusinessDay } from "./calendar";
import { addDays, daysBetween, isoWeekday } from "./dates";

describe("Finnish holidays", () => {
  it("2026 matches the published calendar [https://logifie.com/pt/holidays/FI/2026]", () => {
    expect(finnishHolidays(2026).map((h) => `${h.date} ${h.nameFi}`)).toEqual([
      "2026-01-01 Uudenvuodenpäivä",
      "2026-01-06 Loppiainen",
      "2026-04-03 Pitkäperjantai",
      "2026-04-05 Pääsiäispäivä",
      "2026-04-06 2. pääsiäispäivä",
      "2026-05-01 Vappu",
      "2026-05-14 Helatorstai",
      "2026-05-24 Helluntaipäivä",
      "2026-06-19 Juhannusaatto",
      "2026-06-20 Juhannuspäivä",
      "2026-10-31 Pyhäinpäivä",
      "2026-12-06 Itsenäisyyspäivä",
      "2026-12-24 Jouluaatto",
      "2026-12-25 Joulupäivä",
      "2026-12-26 Tapaninpäivä",
    ]);
  });
  it("Easter 2023: Good Friday 7.4., Easter Monday 10.4. [https://www.kotimaankohteet.fi/kategoria/loma-ajat/paasiaisloma]", () => {
    const h = finnishHolidays(2023);
    expect(h.find((x) => x.nameEn === "Good Friday")?.date).toBe("2023-04-07");
    expect(h.find((x) => x.nameEn === "Easter Monday")?.date).toBe("2023-04-10");
  });
  it("2086: Easter 31.3., Ascension 9.5., Midsummer Day 22.6., All Saints' 2.11. [http://public-holidays.us/FI_FI_2086_All]", () => {
    expect(easterSunday(2086)).toBe("2086-03-31");
    const h = finnishHolidays(2086);
    expect(h.find((x) => x.nameEn === "Ascension Day")?.date).toBe("2086-05-09");
    expect(h.find((x) => x.nameEn === "Midsummer Day")?.date).toBe("2086-06-22");
    expect(h.find((x) => x.nameEn === "All Saints' Day")?.date).toBe("2086-11-02");
  });
  it("Midsummer Eve is the Friday between 19 and 25 June; Midsummer Day and All Saints' Day are Saturdays", () => {
    for (let year = 1990; year <= 2100; year += 1) {
      const h = finnishHolidays(year);
      const eve = h.find((x) => x.nameEn === "Midsummer Eve")?.date ?? "";
      expect(isoWeekday(eve)).toBe(5);
      expect(Number(eve.slice(8))).toBeGreaterThanOrEqual(19);
      expect(Number(eve.slice(8))).toBeLessThanOrEqual(25);
      expect(isoWeekday(h.find((x) => x.nameEn === "Midsummer Day")?.date ?? "")).toBe(6);
      expect(isoWeekday(h.find((x) => x.nameEn === "All Saints' Day")?.date ?? "")).toBe(6);
      expect(daysBetween(easterSunday(year), h.find((x) => x.nameEn === "Ascension Day")?.date ?? "")).toBe(39);
    }
  });
});

describe("business days", () => {
  it("weekends and weekday holidays are closed; Maundy Thursday and 31 December are open", () => {
    expect(isBusinessDay("2026-04-02")).toBe(true); // Maundy Thursday
    expect(isBusinessDay("2026-04-03")).toBe(false);
    expect(isBusinessDay("2026-04-06")).toBe(false);
    expect(isBusinessDay("2026-12-31")).toBe(true);
    expect(isBusinessDay("2026-12-24")).toBe(false);
    expect(isBusinessDay("2026-06-19")).toBe(false);
    expect(isBusinessDay("2026-03-28")).toBe(false); // Saturday
    expect(isBusinessDay("2026-03-30")).toBe(true);
  });
  it("addBusinessDays skips weekends and holidays in both directions", () => {
    expect(addBusinessDays("2026-04-02", 1)).toBe("2026-04-07");
    expect(addBusinessDays("2026-04-07", -1)).toBe("2026-04-02");
    expect(addBusinessDays("2026-12-23", 2)).toBe("2026-12-29");
    expect(addBusinessDays("2026-12-31", 1)).toBe("2027-01-04");
    expect(addBusinessDays("2026-03-28", 0)).toBe("2026-03-30");
    expect(nextBusinessDay("2026-06-18")).toBe("2026-06-22");
  });
  it("calendar arithmetic crosses leap days", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2100-02-28", 1)).toBe("2100-03-01");
    expect(daysBetween("2025-12-31", "2026-03-01")).toBe(60);
  });
  it("refuses malformed dates", () => {
    expect(() => isBusinessDay("2026-02-29")).toThrow(expect.objectContaining({ code: "DATE_INVALID" }));
  });
});
