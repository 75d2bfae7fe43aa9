import { queryRows, recoveryCodes, secondFactors } from "@reskontra/db";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../router";
import { DEMO_PASSWORD } from "../seed/demo-people";
import { DEMO_TOTP_SECRET } from "../seed/demo-totp";
import { createHarness, type Harness } from "../testing/harness";
import { expectRefusal } from "../testing/expect-refusal";
import { createContextInner } from "../trpc/context";
import { SIGN_IN_CHALLENGE_MS } from "./policy";
import { totpCodeAt } from "./totp";

// The second sign-in step for agents, organizer admins and platform administrators, through the
// procedures the web calls, on a copy of the demo database (the demo secret is seeded for them).

const AGENT = "agentti@demo.reskontra.fi";
const ORGANIZER = "jarjestaja@demo.reskontra.fi";
const PLATFORM = "alusta@demo.reskontra.fi";
const USER = "ville.virtanen@demo.reskontra.fi";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.dispose());

/** A browser of its own: a cookie jar the procedures set and read. */
function browser(ip = "192.0.2.10") {
  const jar = new Map<string, string>();
  const caller = createCaller(
    createContextInner(h.deps, {
      ip,
      cookies: { set: (n, v) => void jar.set(n, v), clear: (n) => void jar.delete(n), get: (n) => jar.get(n) },
    }),
  );
  return { caller, jar };
}

const tick = (ms: number) => (h.now.value = new Date(h.now.value.getTime() + ms));
const demoCode = () => totpCodeAt(DEMO_TOTP_SECRET, h.now.value);

async function auditActions(userId: string) {
  const rows = await queryRows<{ action: string }>(
    h.deps.db,
    sql`select action from audit_log where entity_id = ${userId} and action like 'auth.second_factor.%' order by id`,
  );
  return rows.map((r) => r.action);
}

describe("second factor", () => {
  it("gives an agent no session until a code; refuses a wrong code and a replayed one at the field", async () => {
    const first = browser();
    expect(await first.caller.auth.login({ email: AGENT, password: DEMO_PASSWORD })).toMatchObject({ secondFactor: "verify" });
    expect(first.jar.has("rsk_session")).toBe(false);
    expect(first.jar.has("rsk_2fa")).toBe(true);

    const wrong = await expectRefusal(
      first.caller.auth.verifySecondFactor({ code: "000000" }),
      "UNAUTHORIZED",
      "SECOND_FACTOR_CODE_WRONG",
    );
    expect(wrong.data.field).toBe("code");
    expect(wrong.message).toContain("Koodi on väärä");
    const english = await expectRefusal(
      first.caller.auth.verifySecondFactor({ code: "000000" }),
      "UNAUTHORIZED",
      "SECOND_FACTOR_CODE_WRONG",
      "en",
    );
    expect(english.message).toContain("The code is wrong");

    const code = demoCode();
    await first.caller.auth.verifySecondFactor({ code: `${code.slice(0, 3)} ${code.slice(3)}` });
    expect(first.jar.has("rsk_session")).toBe(true);
    expect(first.jar.has("rsk_2fa")).toBe(false);
    const me = await h.callerWithSession(first.jar.get("rsk_session") ?? "");
    expect((await me.auth.whoami()).user.email).toBe(AGENT);

    // The same code again, even with a fresh password step, is a replay.
    const second = browser();
    await second.caller.auth.login({ email: AGENT, password: DEMO_PASSWORD });
    const replay = await expectRefusal(
      second.caller.auth.verifySecondFactor({ code }),
      "UNAUTHORIZED",
      "SECOND_FACTOR_CODE_USED",
    );
    expect(replay.data.field).toBe("code");
    expect(second.jar.has("rsk_session")).toBe(false);
    // The next step's code (a phone a little ahead) is accepted once.
    await second.caller.auth.verifySecondFactor({ code: totpCodeAt(DEMO_TOTP_SECRET, new Date(h.now.value.getTime() + 30_000)) });
    expect(second.jar.has("rsk_session")).toBe(true);

    const userId = h.demo.userIds[AGENT] ?? "";
    expect(await auditActions(userId)).toEqual(
      expect.arrayContaining(["auth.second_factor.challenged", "auth.second_factor.verified"]),
    );
  });

  it("lets a person without those roles in with the password alone", async () => {
    const { caller, jar } = browser();
    expect(await caller.auth.login({ email: USER, password: DEMO_PASSWORD })).toMatchObject({ secondFactor: null });
    expect(jar.has("rsk_session")).toBe(true);
  });

  it("counts wrong codes in the sign-in throttle; the right password again does not clear them", async () => {
    tick(60_000);
    const { caller } = browser("192.0.2.20");
    await caller.auth.login({ email: PLATFORM, password: DEMO_PASSWORD });
    for (let i = 0; i < 5; i++) {
      await expectRefusal(caller.auth.verifySecondFactor({ code: `11111${i}` }), "UNAUTHORIZED", "SECOND_FACTOR_CODE_WRONG");
    }
    await caller.auth.login({ email: PLATFORM, password: DEMO_PASSWORD });
    const limited = await expectRefusal(
      caller.auth.verifySecondFactor({ code: demoCode() }),
      "TOO_MANY_REQUESTS",
      "AUTH_RATE_LIMITED",
    );
    expect(limited.data.field).toBe("code");
    tick(31_000);
    await caller.auth.verifySecondFactor({ code: demoCode() });
  });

  it("refuses a challenge after ten minutes", async () => {
    tick(60_000);
    const { caller } = browser();
    await caller.auth.login({ email: AGENT, password: DEMO_PASSWORD });
    tick(SIGN_IN_CHALLENGE_MS + 1_000);
    await expectRefusal(caller.auth.verifySecondFactor({ code: demoCode() }), "UNAUTHORIZED", "SECOND_FACTOR_CHALLENGE_EXPIRED");
    await expectRefusal(
      browser().caller.auth.verifySecondFactor({ code: demoCode() }),
      "UNAUTHORIZED",
      "SECOND_FACTOR_CHALLENGE_EXPIRED",
    );
  });

  it("is reset by a platform administrator; the person then enrols, gets recovery codes once, and each works once", async () => {
    const organizerId = h.demo.userIds[ORGANIZER] ?? "";
    const admin = await h.as(PLATFORM);
    await admin.auth.resetSecondFactor({ userId: organizerId });
    expect(await h.deps.db.select().from(secondFactors).where(eq(secondFactors.userId, organizerId))).toEqual([]);

    tick(60_000);
    const { caller, jar } = browser();
    expect(await caller.auth.login({ email: ORGANIZER, password: DEMO_PASSWORD })).toMatchObject({ secondFactor: "enrol" });
    await expectRefusal(caller.auth.verifySecondFactor({ code: demoCode() }), "CONFLICT", "SECOND_FACTOR_STATE_CHANGED");
    const shown = await caller.auth.startSecondFactorEnrolment();
    expect(shown.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(shown.uri).toContain(`secret=${shown.secret}`);
    expect(shown.uri).toContain("issuer=Reskontra");
    expect(shown.qrSvgDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(shown.qrSvgDataUrl.split(",")[1] ?? "", "base64").toString()).toContain("<svg");
    // Asking again (the first QR was never scanned) replaces the secret.
    const again = await caller.auth.startSecondFactorEnrolment();
    expect(again.secret).not.toBe(shown.secret);

    await expectRefusal(
      caller.auth.confirmSecondFactor({ code: totpCodeAt(shown.secret, h.now.value) }),
      "UNAUTHORIZED",
      "SECOND_FACTOR_CODE_WRONG",
    );
    const { recoveryCodes: codes } = await caller.auth.confirmSecondFactor({ code: totpCodeAt(again.secret, h.now.value) });
    expect(jar.has("rsk_session")).toBe(true);
    expect(codes).toHaveLength(8);
    expect(new Set(codes).size).toBe(8);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const stored = await h.deps.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, organizerId));
    expect(stored).toHaveLength(8);
    expect(stored.map((r) => r.codeHash)).not.toContain(codes[0]);

    // Once enrolled, the secret is never shown again.
    const later = browser();
    expect(await later.caller.auth.login({ email: ORGANIZER, password: DEMO_PASSWORD })).toMatchObject({
      secondFactor: "verify",
    });
    await expectRefusal(later.caller.auth.startSecondFactorEnrolment(), "CONFLICT", "SECOND_FACTOR_STATE_CHANGED");
    const used = await later.caller.auth.verifySecondFactor({ code: (codes[0] ?? "").toUpperCase() });
    expect(used.recoveryCodesLeft).toBe(7);
    expect(later.jar.has("rsk_session")).toBe(true);

    const thief = browser();
    await thief.caller.auth.login({ email: ORGANIZER, password: DEMO_PASSWORD });
    await expectRefusal(
      thief.caller.auth.verifySecondFactor({ code: codes[0] ?? "" }),
      "UNAUTHORIZED",
      "SECOND_FACTOR_CODE_WRONG",
    );

    expect(await auditActions(organizerId)).toEqual([
      "auth.second_factor.reset",
      "auth.second_factor.challenged",
      "auth.second_factor.enrolment_started",
      "auth.second_factor.enrolment_started",
      "auth.second_factor.enrolled",
      "auth.second_factor.challenged",
      "auth.second_factor.verified",
      "auth.second_factor.challenged",
    ]);
    const recoveryAudit = await queryRows<{ n: number }>(
      h.deps.db,
      sql`select count(*)::int as n from audit_log where action = 'auth.second_factor.recovery_code_used' and actor_user_id = ${organizerId}`,
    );
    expect(recoveryAudit[0]?.n).toBe(1);
    const leaked = await queryRows<{ n: number }>(
      h.deps.db,
      sql`select count(*)::int as n from audit_log where before::text like ${`%${again.secret}%`} or after::text like ${`%${again.secret}%`}`,
    );
    expect(leaked[0]?.n).toBe(0);
  });

  it("is reset only by a platform administrator or the person's organizer admin, never by oneself", async () => {
    const organizer = await h.as(ORGANIZER);
    await expectRefusal(organizer.auth.resetSecondFactor({ userId: h.demo.userIds[AGENT] ?? "" }), "NOT_FOUND", "NOT_FOUND");
    const self = await expectRefusal(
      organizer.auth.resetSecondFactor({ userId: h.demo.userIds[ORGANIZER] ?? "" }),
      "FORBIDDEN",
      "SECOND_FACTOR_RESET_SELF",
    );
    expect(self.data.field).toBe("userId");
    const user = await h.as(USER);
    await expectRefusal(user.auth.resetSecondFactor({ userId: h.demo.userIds[AGENT] ?? "" }), "NOT_FOUND", "NOT_FOUND");
  });
});
