import { issueText, plainDate } from "@reskontra/contracts/shared";
import { parseMoney } from "@reskontra/domain";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { inputResolver } from "./input-resolver";
import type { FieldOf } from "./server-errors";

type PaymentForm = { amount: string; paidOn: string };
const paymentInput = z.object({ invoiceId: z.uuid(), amountCents: z.number().int().positive(), paidOn: plainDate });
const toInput = (f: PaymentForm) => ({
  invoiceId: "not-a-uuid",
  amountCents: parseMoney(f.amount) ?? Number.NaN,
  paidOn: f.paidOn,
});
const fieldOf: FieldOf<PaymentForm> = (path) => (path === "amountCents" ? "amount" : path === "paidOn" ? "paidOn" : null);
const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe("the form checked by the procedure's input schema", () => {
  it("puts each issue on the form's field, in the user's language, and one no field shows on the root", async () => {
    const resolve = inputResolver(paymentInput, toInput, fieldOf, "fi");
    const { errors } = await resolve({ amount: "-1,00", paidOn: "2026-02-30" }, undefined, options);
    expect(errors.amount?.message).toMatch(/^Liian pieni/);
    expect(errors.paidOn?.message).toBe("Päivämäärä on virheellinen");
    expect(errors.root?.message).toBeTruthy();
  });

  it("answers in English when the user reads English", async () => {
    const resolve = inputResolver(paymentInput, toInput, fieldOf, "en");
    const { errors } = await resolve({ amount: "1,00", paidOn: "x" }, undefined, options);
    expect(errors.paidOn?.message).toBe("The date is invalid");
  });

  it("submits the procedure's input as the user's text made it", async () => {
    const valid = { invoiceId: "0b9c6f0e-2f1a-4c3e-8d7a-1e2f3a4b5c6d", amountCents: 1250, paidOn: "2026-03-01" };
    const resolve = inputResolver(paymentInput, () => valid, fieldOf, "fi");
    expect(await resolve({ amount: "12,50", paidOn: "2026-03-01" }, undefined, options)).toEqual({ values: valid, errors: {} });
  });
});

describe("an empty required text", () => {
  it("says the form's word for required, not zod's minimum length", async () => {
    const nameInput = z.object({ name: z.string().trim().min(1).max(200) });
    const fieldOfName: FieldOf<{ name: string }> = (path) => (path === "name" ? "name" : null);
    const resolve = inputResolver(nameInput, (f: { name: string }) => f, fieldOfName, "fi", "Pakollinen tieto");
    const { errors } = await resolve({ name: "  " }, undefined, options);
    expect(errors.name?.message).toBe("Pakollinen tieto");
  });
});

describe("the words a person sees for a wrong value", () => {
  const textOf = (schema: z.ZodType, value: unknown, locale: "fi" | "en") => {
    const result = schema.safeParse(value);
    if (result.success) throw new Error("expected a refusal");
    return issueText(result.error.issues[0] as never, locale);
  };

  it("never name a type or a format, in either language", () => {
    expect(textOf(z.number(), Number.NaN, "fi")).toBe("Anna luku.");
    expect(textOf(z.number(), undefined, "en")).toBe("Enter a number.");
    expect(textOf(z.string(), 5, "fi")).toBe("Arvo puuttuu tai on väärää muotoa.");
    expect(textOf(z.uuid(), "not-a-uuid", "fi")).toBe("Tunniste on virheellinen: tarkista linkki tai numero.");
    for (const locale of ["fi", "en"] as const) {
      for (const [schema, value] of [
        [z.number(), "x"],
        [z.uuid(), "x"],
        [z.string(), null],
      ] as const) {
        expect(textOf(schema, value, locale)).not.toMatch(/uuid|expected|received|odotettiin|oli |undefined|null|nan|string/i);
      }
    }
  });
});
