import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { expectRefusal } from "../testing/expect-refusal";
import { SESSION_IDLE_MS } from "./policy";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.dispose());

const USER_100102 = "ville.virtanen@demo.reskontra.fi";
const USER_100101 = "aino.aalto@demo.reskontra.fi";
const COMPANY_ADMIN = "paakayttaja@demo.reskontra.fi";

describe("sign-in", () => {
  it("signs in, reports who the caller is and audits the login", async () => {
    const caller = await h.as(USER_100102);
    const me = await caller.auth.whoami();
    expect(me.user.userNumber).toBe("100102");
    expect(me.memberships).toEqual([expect.objectContaining({ organizationName: "Kotipalvelu Virtanen", role: "user" })]);
    const audits = await queryRows<{ action: string }>(
      h.database.db,
      sql`select action from audit_log where entity_id = ${me.user.id} and action = 'auth.login'`,
    );
    expect(audits.length).toBeGreaterThan(0);
  });

  it("accepts the e-mail address in any case", async () => {
    await expect(h.signIn("Ville.Virtanen@DEMO.reskontra.fi")).resolves.toMatch(/.{40,}/);
  });

  it("refuses a wrong password with a clear message in Finnish and English", async () => {
    const call = () => h.anonymous().auth.login({ email: USER_100101, password: "väärä" });
    const fi = await expectRefusal(call(), "UNAUTHORIZED", "AUTH_INVALID_CREDENTIALS");
    expect(fi.message).toBe("Sähköpostiosoite tai salasana on väärin.");
    const en = await expectRefusal(call(), "UNAUTHORIZED", "AUTH_INVALID_CREDENTIALS", "en");
    expect(en.message).toBe("The e-mail address or password is wrong.");
  });

  it("gives an unknown e-mail the same answer as a wrong password", async () => {
    await expectRefusal(
      h.anonymous().auth.login({ email: "ei.ole@example.fi", password: "x" }),
      "UNAUTHORIZED",
      "AUTH_INVALID_CREDENTIALS",
    );
  });

  it("names the field of invalid input", async () => {
    const refusal = await expectRefusal(
      h.anonymous().auth.login({ email: "not-an-email", password: "x" }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(refusal.data.field).toBe("email");
    expect(refusal.data.fieldErrors.email?.[0]).toMatch(/sähköposti/i);
  });

  it("delays an address after five failures, even with the right password, then lets the owner in", async () => {
    const email = "jarjestaja@demo.reskontra.fi";
    for (let i = 0; i < 5; i++) {
      await expectRefusal(
        h.anonymous().auth.login({ email, password: `wrong-${i}` }),
        "UNAUTHORIZED",
        "AUTH_INVALID_CREDENTIALS",
      );
    }
    const limited = await expectRefusal(h.signIn(email), "TOO_MANY_REQUESTS", "AUTH_RATE_LIMITED");
    // The progressive delay (policy.ts): 30 seconds after the fifth failure, said in whole minutes.
    expect(limited.message).toContain("1 minuutin");
    h.now.value = new Date(h.now.value.getTime() + 31_000);
    await expect(h.signIn(email)).resolves.toBeTruthy();
  });
});

describe("sessions", () => {
  it("refuses a call without a session", async () => {
    await expectRefusal(h.anonymous().auth.whoami(), "UNAUTHORIZED", "AUTH_REQUIRED");
  });

  it("refuses an expired session as expired, not as unknown", async () => {
    const token = await h.signIn(USER_100101);
    h.now.value = new Date(h.now.value.getTime() + SESSION_IDLE_MS + 1000);
    const caller = await h.callerWithSession(token);
    const refusal = await expectRefusal(caller.auth.whoami(), "UNAUTHORIZED", "SESSION_EXPIRED");
    expect(refusal.message).toBe("Istunto on vanhentunut. Kirjaudu uudelleen.");
  });

  it("ends the session at logout", async () => {
    const token = await h.signIn(USER_100101);
    const caller = await h.callerWithSession(token);
    await caller.auth.logout();
    await expectRefusal((await h.callerWithSession(token)).auth.whoami(), "UNAUTHORIZED", "SESSION_EXPIRED");
  });
});

describe("roles and tenants", () => {
  it("lets a company admin list the members of their own company", async () => {
    const admin = await h.as(COMPANY_ADMIN);
    const members = await admin.organizations.members({ organizationId: h.demo.organizationIds.virtanen });
    expect(members.map((m) => m.role).sort()).toEqual(["company_admin", "user"]);
  });

  it("refuses the wrong role in the right organization", async () => {
    const user = await h.as(USER_100102);
    await expectRefusal(
      user.organizations.members({ organizationId: h.demo.organizationIds.virtanen }),
      "FORBIDDEN",
      "ROLE_FORBIDDEN",
    );
  });

  it("refuses another tenant's id", async () => {
    const admin = await h.as(COMPANY_ADMIN);
    const refusal = await expectRefusal(
      admin.organizations.members({ organizationId: h.demo.organizationIds.aalto }),
      "FORBIDDEN",
      "TENANT_FORBIDDEN",
    );
    expect(refusal.data.field).toBe("organizationId");
  });
});
