import { describe, expect, it } from "vitest";
import { maskPersonalData } from "./logger";

describe("maskPersonalData", () => {
  it("masks identity codes with every century sign, plain or URL-encoded", () => {
    for (const code of ["010101A9992", "131052-308T", "010181+900W", "010101Y9992", "010101%2B9992"]) {
      expect(maskPersonalData(`{"url":"/x?input=%22${code}%22"}`)).not.toContain(code);
    }
  });

  it("leaves invoice numbers, references and dates alone", () => {
    const line = '{"msg":"invoice 10010257 ref 100102578 due 2026-12-07"}';
    expect(maskPersonalData(line)).toBe(line);
  });
});
