import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { expectRefusal } from "../testing/expect-refusal";

let h: Harness;
const signedIn = new Map<string, ReturnType<Harness["callerWithSession"]>>();
beforeAll(async () => {
  h = await createHarness();
});

/** One sign-in per demo person for the file: each costs a password hash, the file's main expense. */
function as(email: string) {
  const caller = signedIn.get(email) ?? h.as(email);
  signedIn.set(email, caller);
  return caller;
}
afterAll(async () => h?.dispose());

const OPERATOR = "alusta@demo.reskontra.fi";
const COMPANY_ADMIN = "paakayttaja@demo.reskontra.fi";
const ORGANIZER_ADMIN = "jarjestaja@demo.reskontra.fi";
const PASSWORD = "pitkä-ja-hyvä-salasana";

/** The link's token from the last mail queued to this address. */
async function tokenMailedTo(email: string): Promise<string> {
  const [mail] = await queryRows<{ body: string }>(
    h.database.db,
    sql`select body from outgoing_mails where to_address = ${email} order by created_at desc, id desc limit 1`,
  );
  const token = /#([A-Za-z0-9_-]{20,})/.exec(mail?.body ?? "")?.[1];
  if (!token) throw new Error(`no link mailed to ${email}`);
  return token;
}

function later(ms: number) {
  h.now.value = new Date(h.now.value.getTime() + ms);
}

async function newCompany(name: string, businessId: string | null = null) {
  const operator = await as(OPERATOR);
  const { id } = await operator.organizations.create({
    kind: "billing_company",
    name,
    businessId,
    iban: "FI21 1234 5600 0007 85",
    bic: "nDEAfihh",
  });
  return id;
}

/** A company with an admin who accepted their invitation; returns the admin's signed-in caller. */
async function companyWithAdmin(name: string, adminEmail: string) {
  const id = await newCompany(name);
  const operator = await as(OPERATOR);
  await operator.organizations.inviteAdmin({ id, email: adminEmail });
  const token = await tokenMailedTo(adminEmail);
  const cookies: string[] = [];
  const { createCaller } = await import("../router");
  const { createContextInner } = await import("../trpc/context");
  await createCaller(
    createContextInner(h.deps, { cookies: { set: (_n, v) => cookies.push(v), clear: () => {} } }),
  ).organizations.acceptInvitation({ token, name: "Pia Pääkäyttäjä", password: PASSWORD });
  return { id, admin: await h.callerWithSession(cookies[0] ?? "") };
}

describe("operator", () => {
  it("creates a billing company with its business ID, IBAN and BIC normalised, and audits it", async () => {
    const operator = await as(OPERATOR);
    const { id } = await operator.organizations.create({
      kind: "billing_company",
      name: "Testi Oy",
      businessId: "2345678-0".replace("2345678-0", "1572860-0"),
      iban: "fi21 1234 5600 0007 85",
      bic: "ndeafihh",
      einvoiceAddress: "003715728600",
    });
    const org = await operator.organizations.get({ id });
    expect(org).toMatchObject({ kind: "billing_company", businessId: "1572860-0", iban: "FI2112345600000785", bic: "NDEAFIHH" });
    const [audit] = await queryRows<{ action: string }>(h.database.db, sql`select action from audit_log where entity_id = ${id}`);
    expect(audit?.action).toBe("organization.created");
    expect((await operator.organizations.list()).map((o) => o.name)).toContain("Testi Oy");
  });

  it("refuses a wrong business ID, IBAN or e-mail at the field, and a taken business ID", async () => {
    const operator = await as(OPERATOR);
    const bad = await expectRefusal(
      operator.organizations.create({ kind: "billing_company", name: "X", businessId: "1234567-8" }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(bad.data.fieldErrors.businessId?.[0]).toMatch(/Y-tunnus/);
    const iban = await expectRefusal(
      operator.organizations.create({ kind: "billing_company", name: "X", iban: "FI00 1234" }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(iban.data.field).toBe("iban");
    const mail = await expectRefusal(
      operator.organizations.create({ kind: "organizer", name: "X", email: "ei-osoite" }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(mail.data.field).toBe("email");
    const taken = await expectRefusal(
      operator.organizations.create({ kind: "billing_company", name: "Kaksoisolento", businessId: "2345678-0" }),
      "CONFLICT",
      "BUSINESS_ID_TAKEN",
    );
    expect(taken.data.field).toBe("businessId");
  });

  it("links a service provider to the organizers it serves, and only to organizers", async () => {
    const operator = await as(OPERATOR);
    const organizerId = h.demo.organizationIds.pirkanmaa;
    const { id } = await operator.organizations.create({
      kind: "billing_company",
      name: "Hoiva Oy",
      servesOrganizerIds: [organizerId],
    });
    expect((await operator.organizations.get({ id })).servesOrganizerIds).toEqual([organizerId]);
    // The county sees the linked provider at once, before any price names it, and may grant to it.
    const county = await as(ORGANIZER_ADMIN);
    const providers = async () => (await county.vouchers.organizer.providers({ organizationId: organizerId })).map((p) => p.id);
    expect(await providers()).toContain(id);
    await expectRefusal(
      operator.organizations.update({
        id,
        values: { kind: "billing_company", name: "Hoiva Oy", servesOrganizerIds: [h.demo.organizationIds.virtanen] },
      }),
      "BAD_REQUEST",
      "SERVED_ORGANIZER_INVALID",
    );
    await operator.organizations.update({ id, values: { kind: "billing_company", name: "Hoiva Oy", servesOrganizerIds: [] } });
    expect((await operator.organizations.get({ id })).servesOrganizerIds).toEqual([]);
    expect(await providers()).not.toContain(id);
  });

  it("sees every organization's people and roles, without any secret", async () => {
    const operator = await as(OPERATOR);
    const people = await operator.organizations.peopleOf({ id: h.demo.organizationIds.virtanen });
    expect(people.map((p) => p.email).sort()).toEqual([COMPANY_ADMIN, "ville.virtanen@demo.reskontra.fi"]);
    expect(JSON.stringify(people)).not.toMatch(/scrypt|password|token/i);
  });

  it("is the only one who may create or list organizations", async () => {
    const admin = await as(COMPANY_ADMIN);
    await expectRefusal(admin.organizations.list(), "FORBIDDEN", "ROLE_FORBIDDEN");
    await expectRefusal(admin.organizations.create({ kind: "organizer", name: "X" }), "FORBIDDEN", "ROLE_FORBIDDEN");
    await expectRefusal(admin.organizations.peopleOf({ id: h.demo.organizationIds.virtanen }), "FORBIDDEN", "ROLE_FORBIDDEN");
  });

  it("deactivates an organization: its people can no longer act in it, and its history stays", async () => {
    const { id, admin } = await companyWithAdmin("Lakkautettava Oy", "lakkautus@example.fi");
    const operator = await as(OPERATOR);
    await operator.organizations.setActive({ id, active: false });
    const again = await h.signIn("lakkautus@example.fi", PASSWORD).then((t) => h.callerWithSession(t));
    await expectRefusal(again.organizations.people({ organizationId: id }), "FORBIDDEN", "TENANT_FORBIDDEN");
    expect((await operator.organizations.peopleOf({ id })).length).toBe(1);
    await operator.organizations.setActive({ id, active: true });
    await expect(admin.organizations.people({ organizationId: id })).resolves.toBeTruthy();
  });
});

describe("invitations", () => {
  it("the first admin accepts the mailed link, sets a password and is signed in; the link works once", async () => {
    const { id, admin } = await companyWithAdmin("Kutsu Oy", "pia@example.fi");
    const me = await admin.auth.whoami();
    expect(me.memberships).toEqual([expect.objectContaining({ organizationId: id, role: "company_admin" })]);
    const [digest] = await queryRows<{ token_hash: string }>(
      h.database.db,
      sql`select token_hash from invitations where email = 'pia@example.fi'`,
    );
    expect(digest?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    await expect(h.signIn("pia@example.fi", PASSWORD)).resolves.toBeTruthy();
  });

  it("refuses a reused, expired or unknown link in plain words", async () => {
    const { admin, id } = await companyWithAdmin("Linkki Oy", "linkki@example.fi");
    const reused = await tokenMailedTo("linkki@example.fi");
    const refusal = await expectRefusal(
      h.anonymous().organizations.acceptInvitation({ token: reused, name: "X", password: PASSWORD }),
      "BAD_REQUEST",
      "INVITATION_INVALID",
    );
    expect(refusal.message).toMatch(/vanhentunut, jo käytetty/);
    expect(await h.anonymous().organizations.invitation({ token: reused })).toBeNull();
    await admin.organizations.invite({ organizationId: id, email: "myohassa@example.fi", roles: ["user"] });
    const stale = await tokenMailedTo("myohassa@example.fi");
    const before = h.now.value;
    later(8 * 86_400_000);
    await expectRefusal(
      h.anonymous().organizations.acceptInvitation({ token: stale, name: "M", password: PASSWORD }),
      "BAD_REQUEST",
      "INVITATION_INVALID",
    );
    h.now.value = before;
    expect(await h.anonymous().organizations.invitation({ token: "x".repeat(43) })).toBeNull();
  });

  it("an invoicing user gets the next free 6-digit user number, never one already used", async () => {
    const { admin, id } = await companyWithAdmin("Numero Oy", "numero-admin@example.fi");
    const numbers: string[] = [];
    for (const email of ["eka@example.fi", "toka@example.fi"]) {
      await admin.organizations.invite({ organizationId: id, email, roles: ["user"] });
      const accepted = await h
        .anonymous()
        .organizations.acceptInvitation({ token: await tokenMailedTo(email), name: email, password: PASSWORD });
      const [row] = await queryRows<{ user_number: string }>(
        h.database.db,
        sql`select user_number from users where id = ${accepted.userId}`,
      );
      numbers.push(row?.user_number ?? "");
    }
    expect(numbers[0]).toMatch(/^\d{6}$/);
    expect(Number(numbers[1])).toBeGreaterThan(Number(numbers[0]));
    expect(numbers).not.toContain("100101");
  });

  it("refuses a malformed e-mail, an existing member and a role of another kind of organization at the field", async () => {
    const admin = await as(COMPANY_ADMIN);
    const organizationId = h.demo.organizationIds.virtanen;
    const bad = await expectRefusal(
      admin.organizations.invite({ organizationId, email: "ei@", roles: ["user"] }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(bad.data.fieldErrors.email?.[0]).toMatch(/Sähköpostiosoite ei ole oikean muotoinen/);
    const member = await expectRefusal(
      admin.organizations.invite({ organizationId, email: "Ville.Virtanen@demo.reskontra.fi", roles: ["user"] }),
      "CONFLICT",
      "MEMBER_EXISTS",
    );
    expect(member.data.field).toBe("email");
    await expectRefusal(
      admin.organizations.invite({ organizationId, email: "x@example.fi", roles: ["platform_admin"] }),
      "BAD_REQUEST",
      "ROLE_NOT_OF_ORGANIZATION",
    );
    const mails = await queryRows(h.database.db, sql`select 1 from outgoing_mails where to_address = 'x@example.fi'`);
    expect(mails).toEqual([]);
  });

  it("an existing person invited to a second organization proves their password and just gets the membership", async () => {
    const organizer = await as(ORGANIZER_ADMIN);
    const organizationId = h.demo.organizationIds.pirkanmaa;
    await organizer.organizations.invite({ organizationId, email: COMPANY_ADMIN, roles: ["user_manager"] });
    const token = await tokenMailedTo(COMPANY_ADMIN);
    expect((await h.anonymous().organizations.invitation({ token }))?.existingAccount).toBe(true);
    await expectRefusal(
      h.anonymous().organizations.acceptInvitation({ token, name: "x", password: "väärä-salasana-tässä" }),
      "BAD_REQUEST",
      "CURRENT_PASSWORD_WRONG",
    );
    const accepted = await h.anonymous().organizations.acceptInvitation({ token, name: "x", password: "demo-salasana" });
    expect(accepted.signedIn).toBe(false);
    const me = await (await h.as(COMPANY_ADMIN)).auth.whoami();
    expect(me.memberships.map((m) => m.role).sort()).toEqual(["company_admin", "user_manager"]);
    expect(me.user.name).toBe("Kaisa Kallio");
  });

  it("a new person whose role needs a second factor is not signed in by the link, but through the sign-in form", async () => {
    const operator = await as(OPERATOR);
    const { id } = await operator.organizations.create({ kind: "organizer", name: "Testin hyvinvointialue" });
    await operator.organizations.inviteAdmin({ id, email: "hva-admin@example.fi" });
    const accepted = await h
      .anonymous()
      .organizations.acceptInvitation({ token: await tokenMailedTo("hva-admin@example.fi"), name: "Hanna", password: PASSWORD });
    expect(accepted.signedIn).toBe(false);
    const [sessions] = await queryRows<{ n: number }>(
      h.database.db,
      sql`select count(*)::int as n from sessions where user_id = ${accepted.userId}`,
    );
    expect(sessions?.n).toBe(0);
  });

  it("refuses a short password for a new account", async () => {
    const admin = await as(COMPANY_ADMIN);
    await admin.organizations.invite({
      organizationId: h.demo.organizationIds.virtanen,
      email: "lyhyt@example.fi",
      roles: ["user"],
    });
    const refusal = await expectRefusal(
      h
        .anonymous()
        .organizations.acceptInvitation({ token: await tokenMailedTo("lyhyt@example.fi"), name: "L", password: "lyhyt" }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(refusal.data.fieldErrors.password?.[0]).toBe("Salasanassa on oltava vähintään 12 merkkiä.");
  });
});

describe("people", () => {
  it("changes roles, closes an account (its session and API token stop at once) and reopens it, all audited", async () => {
    const { admin, id } = await companyWithAdmin("Ihmiset Oy", "ihmiset-admin@example.fi");
    await admin.organizations.invite({ organizationId: id, email: "tyontekija@example.fi", roles: ["user"] });
    const { userId } = await h.anonymous().organizations.acceptInvitation({
      token: await tokenMailedTo("tyontekija@example.fi"),
      name: "Taru Työntekijä",
      password: PASSWORD,
    });
    const session = await h.signIn("tyontekija@example.fi", PASSWORD);
    const worker = await h.callerWithSession(session);
    const apiToken = await worker.account.createApiToken({ name: "skripti", expiresInDays: 30 });

    await admin.organizations.setRoles({ organizationId: id, userId, roles: ["user", "accounting_admin"] });
    let people = await admin.organizations.people({ organizationId: id });
    expect(people.people.find((p) => p.userId === userId)?.roles.sort()).toEqual(["accounting_admin", "user"]);

    await admin.organizations.closeAccount({ organizationId: id, userId });
    await expectRefusal((await h.callerWithSession(session)).auth.whoami(), "UNAUTHORIZED", "SESSION_EXPIRED");
    const { authFromApiToken } = await import("../auth/load-auth");
    expect((await authFromApiToken(h.deps.db, apiToken.token, h.now.value)).problem).toBe("TOKEN_INVALID");
    await expectRefusal(h.signIn("tyontekija@example.fi", PASSWORD), "UNAUTHORIZED", "AUTH_INVALID_CREDENTIALS");

    await admin.organizations.reopenAccount({ organizationId: id, userId });
    await expect(h.signIn("tyontekija@example.fi", PASSWORD)).resolves.toBeTruthy();
    people = await admin.organizations.people({ organizationId: id });
    expect(people.people.find((p) => p.userId === userId)?.closedAt).toBeNull();

    const audit = await admin.organizations.audit({ organizationId: id });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "people.invited",
        "people.invitation_accepted",
        "people.roles_changed",
        "people.account_closed",
        "people.account_reopened",
      ]),
    );
    const change = audit.find((a) => a.action === "people.roles_changed");
    expect(change).toMatchObject({ actorName: "Pia Pääkäyttäjä", targetName: "Taru Työntekijä", before: { roles: ["user"] } });
  });

  it("the last admin cannot remove their own admin role or close themselves", async () => {
    const { admin, id } = await companyWithAdmin("Yksin Oy", "yksin@example.fi");
    const me = await admin.auth.whoami();
    const refusal = await expectRefusal(
      admin.organizations.setRoles({ organizationId: id, userId: me.user.id, roles: ["user"] }),
      "CONFLICT",
      "LAST_ADMIN",
    );
    expect(refusal.message).toMatch(/vähintään yksi pääkäyttäjä/);
    await expectRefusal(admin.organizations.closeAccount({ organizationId: id, userId: me.user.id }), "CONFLICT", "LAST_ADMIN");
    expect((await admin.auth.whoami()).memberships[0]?.role).toBe("company_admin");
  });

  it("names a responsible person, who must be an open member", async () => {
    const admin = await as(COMPANY_ADMIN);
    const organizationId = h.demo.organizationIds.virtanen;
    const ville = h.demo.userIds["ville.virtanen@demo.reskontra.fi"] ?? "";
    await admin.organizations.setResponsible({ organizationId, area: "reminders", userId: ville });
    expect((await admin.organizations.people({ organizationId })).responsible).toEqual([{ area: "reminders", userId: ville }]);
    await expectRefusal(
      admin.organizations.setResponsible({ organizationId, area: "reminders", userId: h.demo.userIds[ORGANIZER_ADMIN] ?? "" }),
      "NOT_FOUND",
      "MEMBER_NOT_FOUND",
    );
  });

  it("an admin acts only inside their own organization", async () => {
    const outsider = await as(ORGANIZER_ADMIN);
    const organizationId = h.demo.organizationIds.virtanen;
    const userId = h.demo.userIds["ville.virtanen@demo.reskontra.fi"] ?? "";
    const calls = [
      outsider.organizations.people({ organizationId }),
      outsider.organizations.invite({ organizationId, email: "a@example.fi", roles: ["user"] }),
      outsider.organizations.revokeInvitation({ organizationId, invitationId: userId }),
      outsider.organizations.setRoles({ organizationId, userId, roles: [] }),
      outsider.organizations.closeAccount({ organizationId, userId }),
      outsider.organizations.reopenAccount({ organizationId, userId }),
      outsider.organizations.setResponsible({ organizationId, area: "reminders", userId: null }),
      outsider.organizations.audit({ organizationId }),
    ];
    for (const call of calls) await expectRefusal(call, "FORBIDDEN", "TENANT_FORBIDDEN");
    // Naming a person of another organization in one's own is refused too.
    await expectRefusal(
      outsider.organizations.closeAccount({ organizationId: h.demo.organizationIds.pirkanmaa, userId }),
      "NOT_FOUND",
      "MEMBER_NOT_FOUND",
    );
    // An invoicing user of the organization is no admin of it.
    const user = await as("ville.virtanen@demo.reskontra.fi");
    await expectRefusal(user.organizations.people({ organizationId }), "FORBIDDEN", "ROLE_FORBIDDEN");
  });
});
