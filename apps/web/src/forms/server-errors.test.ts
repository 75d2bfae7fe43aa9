import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { serverErrorsOf, type FieldOf } from "./server-errors";

type RuleForm = { fee: string; name: string };
const fieldOf: FieldOf<RuleForm> = (path) => {
  const name = path.replace(/^rule\./, "");
  return name === "feeCents" ? "fee" : name === "name" ? "name" : null;
};

const refusal = (message: string, fieldErrors: Record<string, string[]>) =>
  TRPCClientError.from({ error: { code: -32600, message, data: { code: "BAD_REQUEST", httpStatus: 400, fieldErrors } } });

describe("server errors on form fields", () => {
  it("lands each zod path on the form's field under the form's name, first message first", () => {
    const { fields, general } = serverErrorsOf(
      refusal("Tarkista kentät", { "rule.feeCents": ["Perintäkulu ylittää lain salliman", "toinen"], feeCents: ["kolmas"] }),
      fieldOf,
    );
    expect(Object.fromEntries(fields)).toEqual({ fee: "Perintäkulu ylittää lain salliman" });
    expect(general).toBeNull();
  });

  it("shows the refusal's message when no field of the form can carry it", () => {
    const { fields, general } = serverErrorsOf(refusal("Sääntö on käytössä", { organizationId: ["?"] }), fieldOf);
    expect(fields.size).toBe(0);
    expect(general).toBe("Sääntö on käytössä");
  });

  it("has nothing to show without an error", () => {
    expect(serverErrorsOf(null, fieldOf)).toEqual({ fields: new Map(), general: null });
  });
});
