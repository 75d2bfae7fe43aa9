import { DispatchRefusedError } from "@reskontra/usecases/invoices";
import { describe, expect, it } from "vitest";
import type { DispatchRecord } from "./dispatch-record";
import { documentKindOf } from "./document-kinds";

const dispatchOf = (documentKind: string) => ({ id: "d-1", documentKind }) as DispatchRecord;

describe("document kinds", () => {
  it("deliver invoices and credit notes alike, and reminders by their own rules", () => {
    expect(documentKindOf(dispatchOf("invoice")).noun).toBe("invoice");
    expect(documentKindOf(dispatchOf("credit_note"))).toBe(documentKindOf(dispatchOf("invoice")));
    expect(documentKindOf(dispatchOf("reminder")).noun).toBe("reminder");
  });
  it("refuse a kind no one delivers, for good rather than by retrying", () => {
    expect(() => documentKindOf(dispatchOf("statement"))).toThrow(DispatchRefusedError);
  });
});
