import type { MatrixTable } from "./matrix-row";

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
  "organizations.members": {
    access: ["company_admin", "accounting_admin", "user_manager", "organizer_admin"],
    input: ({ org }) => ({ organizationId: org }),
  },
};
