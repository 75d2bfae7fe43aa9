import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { expectRefusal } from "../testing/expect-refusal";
import { RESETS_PER_ADDRESS_HOUR } from "./password-reset";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.dispose());

const NEW_PASSWORD = "uusi-pitkä-salasana";

async function mailsTo(email: string) {
  return queryRows<{ body: string; subject: string }>(
    h.database.db,
    sql`select subject, body from outgoing_mails where to_address = ${email} order by created_at desc, id desc`,
  );
}

function linkToken(body: string | undefined): string {
  const token = /#([A-Za-z0-9_-]{20,})/.exec(body ?? "")?.[1];
  if (!token) throw new Error("no link in the mail");
  return token;
}

describe("forgotten password", () => {
  it("mails a single-use link; the reset ends every session and the old password stops working", async () => {
    const email = "aino.aalto@demo.reskontra.fi";
    const session = await h.signIn(email);
    await h.anonymous({ ip: "10.0.0.1" }).account.requestPasswordReset({ email: "Aino.Aalto@demo.reskontra.fi" });
    const [mail] = await mailsTo(email);
    expect(mail?.subject).toBe("Reskontra: salasanan vaihto");
    const token = linkToken(mail?.body);
    const [stored] = await queryRows<{ token_hash: string }>(h.database.db, sql`select token_hash from password_resets`);
    expect(stored?.token_hash).not.toContain(token);

    await h.anonymous().account.resetPassword({ token, password: NEW_PASSWORD });
    await expectRefusal((await h.callerWithSession(session)).auth.whoami(), "UNAUTHORIZED", "SESSION_EXPIRED");
    await expectRefusal(h.signIn(email), "UNAUTHORIZED", "AUTH_INVALID_CREDENTIALS");
    await expect(h.signIn(email, NEW_PASSWORD)).resolves.toBeTruthy();
    const reused = await expectRefusal(
      h.anonymous().account.resetPassword({ token, password: NEW_PASSWORD }),
      "BAD_REQUEST",
      "RESET_LINK_INVALID",
    );
    expect(reused.data.field).toBe("token");
  });

  it("answers an unknown address the same, sends it nothing, and limits requests per address", async () => {
    const caller = h.anonymous({ ip: "10.0.0.2" });
    await expect(caller.account.requestPasswordReset({ email: "ei.ketaan@example.fi" })).resolves.toEqual({ ok: true });
    expect(await mailsTo("ei.ketaan@example.fi")).toEqual([]);
    for (let i = 1; i < RESETS_PER_ADDRESS_HOUR; i++)
      await caller.account.requestPasswordReset({ email: "ei.ketaan@example.fi" });
    await expectRefusal(
      caller.account.requestPasswordReset({ email: "ei.ketaan@example.fi" }),
      "TOO_MANY_REQUESTS",
      "RESET_RATE_LIMITED",
    );
    h.now.value = new Date(h.now.value.getTime() + 61 * 60_000);
    await expect(caller.account.requestPasswordReset({ email: "ei.ketaan@example.fi" })).resolves.toEqual({ ok: true });
  });

  it("refuses an expired link and a short password", async () => {
    const email = "jarjestaja@demo.reskontra.fi";
    await h.anonymous({ ip: "10.0.0.3" }).account.requestPasswordReset({ email });
    const token = linkToken((await mailsTo(email))[0]?.body);
    const short = await expectRefusal(
      h.anonymous().account.resetPassword({ token, password: "lyhyt" }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(short.data.field).toBe("password");
    h.now.value = new Date(h.now.value.getTime() + 31 * 60_000);
    await expectRefusal(
      h.anonymous().account.resetPassword({ token, password: NEW_PASSWORD }),
      "BAD_REQUEST",
      "RESET_LINK_INVALID",
    );
  });
});

describe("own profile", () => {
  it("changes name and language, and the password with the old one; other sessions end", async () => {
    const email = "tuote@demo.reskontra.fi";
    const other = await h.signIn(email);
    const me = await h.as(email);
    await me.account.updateProfile({ name: "Tiina T.", locale: "en" });
    expect(await me.account.profile()).toMatchObject({ name: "Tiina T.", locale: "en" });
    expect((await me.account.sessions()).filter((s) => s.current)).toHaveLength(1);
    await expectRefusal(
      me.account.changePassword({ currentPassword: "väärä", newPassword: NEW_PASSWORD }),
      "BAD_REQUEST",
      "CURRENT_PASSWORD_WRONG",
    );
    await me.account.changePassword({ currentPassword: "demo-salasana", newPassword: NEW_PASSWORD });
    await expectRefusal((await h.callerWithSession(other)).auth.whoami(), "UNAUTHORIZED", "SESSION_EXPIRED");
    await expect(me.auth.whoami()).resolves.toBeTruthy();
    const actions = await queryRows<{ action: string }>(
      h.database.db,
      sql`select action from audit_log where action like 'account.%' and actor_user_id = ${h.demo.userIds[email] ?? ""}`,
    );
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["account.profile_changed", "account.password_changed"]));
  });

  it("signs out elsewhere, keeping this session", async () => {
    const email = "agentti@demo.reskontra.fi";
    const other = await h.signIn(email);
    const me = await h.as(email);
    expect((await me.account.sessions()).length).toBeGreaterThanOrEqual(2);
    expect((await me.account.endOtherSessions()).ended).toBeGreaterThanOrEqual(1);
    await expectRefusal((await h.callerWithSession(other)).auth.whoami(), "UNAUTHORIZED", "SESSION_EXPIRED");
    expect(await me.account.sessions()).toEqual([expect.objectContaining({ current: true })]);
  });

  it("creates a named, expiring API token shown once, lists it without the secret, and revokes it; not another's", async () => {
    const me = await h.as("ville.virtanen@demo.reskontra.fi");
    const created = await me.account.createApiToken({ name: "kirjanpito", expiresInDays: 30 });
    const listed = await me.account.apiTokens();
    expect(listed.find((t) => t.id === created.id)).toMatchObject({ name: "kirjanpito", revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(created.token);
    const stranger = await h.as("paakayttaja@demo.reskontra.fi");
    await expectRefusal(stranger.account.revokeApiToken({ id: created.id }), "NOT_FOUND", "NOT_FOUND");
    await me.account.revokeApiToken({ id: created.id });
    expect((await me.account.apiTokens()).find((t) => t.id === created.id)?.revokedAt).toBeInstanceOf(Date);
    await expectRefusal(h.anonymous().account.profile(), "UNAUTHORIZED", "AUTH_REQUIRED");
  });
});
