import type { MatrixTable } from "./matrix-row";

const PEOPLE_ADMINS = ["company_admin", "organizer_admin", "user_manager", "platform_admin"] as const;

/** auth, health, notifications and organizations. */
export const platformRows: MatrixTable = {
  "auth.login": { access: "public", input: () => ({ email: "ei.ketaan@demo.reskontra.fi", password: "väärä-salasana" }) },
  // The second step reads only the challenge cookie that a right password set; without one it refuses.
  "auth.verifySecondFactor": { access: "public", input: () => ({ code: "000000" }) },
  "auth.startSecondFactorEnrolment": { access: "public" },
  "auth.confirmSecondFactor": { access: "public", input: () => ({ code: "000000" }) },
  // A platform admin resets anyone's; an organizer admin only people of an organization they administer.
  "auth.resetSecondFactor": { access: "signed-in", global: ["platform_admin"], input: ({ t }) => ({ userId: t.personId }) },
  "auth.logout": { access: "signed-in" },
  "auth.me": { access: "public" },
  "auth.whoami": { access: "signed-in" },
  "auth.setLocale": { access: "signed-in", input: () => ({ locale: "fi" }) },
  "auth.createApiToken": { access: "signed-in", input: () => ({ name: "matriisi", expiresInDays: 1 }) },
  "auth.revokeApiToken": { access: "signed-in", input: ({ t }) => ({ id: t.apiTokenId }) },
  "health.check": { access: "public" },
  "notifications.mine": { access: "signed-in" },
  "notifications.markRead": {
    access: "signed-in",
    input: ({ t }) => ({ ids: [t.notificationId] }),
    // Marking another's notice marks nothing and says only "0".
    answersNothing: (out) => (out as { marked: number }).marked === 0,
  },
  "notifications.alerts": { access: ["agent"], global: ["agent"] },
  "notifications.resolveAlert": {
    access: ["agent"],
    global: ["agent"],
    input: () => ({ kind: "x", businessDate: "2026-11-23" }),
  },
  // Issue 14: the operator's organizations (platform admins see every tenant's), an organization's
  // people (its admins only), the invitation link (public; a bogus link answers null), own account.
  "organizations.list": { access: ["platform_admin"], global: ["platform_admin"] },
  "organizations.get": { access: ["platform_admin"], global: ["platform_admin"], input: ({ t }) => ({ id: t.providerId }) },
  "organizations.peopleOf": { access: ["platform_admin"], global: ["platform_admin"], input: ({ t }) => ({ id: t.providerId }) },
  "organizations.create": {
    access: ["platform_admin"],
    global: ["platform_admin"],
    input: () => ({ kind: "billing_company", name: "Matriisi Oy", businessId: "1234567-8" }),
  },
  "organizations.update": {
    access: ["platform_admin"],
    global: ["platform_admin"],
    input: ({ t }) => ({ id: t.providerId, values: { kind: "billing_company", name: "x", businessId: "1234567-8" } }),
  },
  "organizations.setActive": {
    access: ["platform_admin"],
    global: ["platform_admin"],
    input: ({ t }) => ({ id: t.providerId, active: true }),
  },
  "organizations.inviteAdmin": {
    access: ["platform_admin"],
    global: ["platform_admin"],
    input: ({ t }) => ({ id: t.providerId, email: "ei-osoite" }),
  },
  "organizations.people": { access: PEOPLE_ADMINS, input: ({ org }) => ({ organizationId: org }) },
  "organizations.audit": { access: PEOPLE_ADMINS, input: ({ org }) => ({ organizationId: org }) },
  "organizations.invite": {
    access: PEOPLE_ADMINS,
    input: ({ org }) => ({ organizationId: org, email: "ei-osoite", roles: ["user"] }),
  },
  "organizations.revokeInvitation": {
    access: PEOPLE_ADMINS,
    input: ({ org, t }) => ({ organizationId: org, invitationId: t.personId }),
  },
  "organizations.setRoles": {
    access: PEOPLE_ADMINS,
    input: ({ org, t }) => ({ organizationId: org, userId: t.personId, roles: ["user"] }),
  },
  "organizations.closeAccount": { access: PEOPLE_ADMINS, input: ({ org, t }) => ({ organizationId: org, userId: t.personId }) },
  "organizations.reopenAccount": { access: PEOPLE_ADMINS, input: ({ org, t }) => ({ organizationId: org, userId: t.personId }) },
  "organizations.setResponsible": {
    access: PEOPLE_ADMINS,
    input: ({ org, t }) => ({ organizationId: org, area: "reminders", userId: t.personId }),
  },
  "organizations.invitation": { access: "public", input: () => ({ token: "x".repeat(43) }) },
  "organizations.acceptInvitation": {
    access: "public",
    input: () => ({ token: "x".repeat(43), name: "X", password: "pitkä-ja-hyvä-salasana" }),
  },
  "account.requestPasswordReset": { access: "public", input: () => ({ email: "ei.ketaan@example.fi" }) },
  "account.resetPassword": { access: "public", input: () => ({ token: "x".repeat(43), password: "pitkä-ja-hyvä-salasana" }) },
  "account.profile": { access: "signed-in" },
  "account.updateProfile": { access: "signed-in", input: () => ({ name: "X", locale: "fi" }) },
  "account.changePassword": {
    access: "signed-in",
    input: () => ({ currentPassword: "väärä", newPassword: "pitkä-ja-hyvä-salasana" }),
  },
  "account.sessions": { access: "signed-in" },
  "account.endOtherSessions": { access: "signed-in" },
  "account.apiTokens": { access: "signed-in" },
  "account.createApiToken": { access: "signed-in", input: () => ({ name: "matriisi", expiresInDays: 1 }) },
  "account.revokeApiToken": { access: "signed-in", input: ({ t }) => ({ id: t.apiTokenId }) },
  "organizations.members": {
    access: ["company_admin", "accounting_admin", "user_manager", "organizer_admin"],
    input: ({ org }) => ({ organizationId: org }),
  },
};
