import { describe, expect, it } from "vitest";
import { eurosToCents, optionalEurosToCents } from "./euros-to-cents";

describe("euros typed into a form", () => {
  it("become cents from either decimal mark and with a thousands space", () => {
    expect(eurosToCents("12,50")).toBe(1250);
    expect(eurosToCents("12.5")).toBe(1250);
    expect(eurosToCents("1 000,00")).toBe(100_000);
  });

  it("are NaN when they are no amount or a negative one, so the api's schema refuses them at the field", () => {
    expect(eurosToCents("abc")).toBeNaN();
    expect(eurosToCents("-5")).toBeNaN();
    expect(eurosToCents("")).toBeNaN();
  });

  it("may be left out where the field is optional: empty is undefined, nonsense still NaN", () => {
    expect(optionalEurosToCents("  ")).toBeUndefined();
    expect(optionalEurosToCents("7,00")).toBe(700);
    expect(optionalEurosToCents("x")).toBeNaN();
  });
});
