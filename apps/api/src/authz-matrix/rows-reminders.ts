import type { MatrixTable } from "./matrix-row";

const ADMINS = ["company_admin", "accounting_admin", "user_manager"] as const;
const READERS = ["user", ...ADMINS] as const;
const rule = {
  name: "Matriisi",
  customerKind: "business",
  feeCents: 500,
  daysAfterDue: 7,
  minimumAmountCents: 0,
  channel: "email",
  maxCount: 2,
  intervalDays: 14,
  claimCompensation: false,
};

/** Payment reminders: a company's settings, read by its users, kept by its admins. */
export const reminderRows: MatrixTable = {
  "reminders.status": { access: READERS, input: ({ org }) => ({ organizationId: org }) },
  "reminders.activate": { access: ADMINS, input: ({ org }) => ({ organizationId: org, confirmedTransactionFeeCents: 0 }) },
  "reminders.rules": { access: READERS, input: ({ org }) => ({ organizationId: org }) },
  "reminders.createRule": { access: ADMINS, input: ({ org }) => ({ organizationId: org, rule }) },
  "reminders.updateRule": { access: ADMINS, input: ({ org, t }) => ({ organizationId: org, ruleId: t.ruleId, rule }) },
  "reminders.deleteRule": { access: ADMINS, input: ({ org, t }) => ({ organizationId: org, ruleId: t.ruleId }) },
  "reminders.ruleCustomers": { access: ADMINS, input: ({ org, t }) => ({ organizationId: org, ruleId: t.ruleId }) },
  "reminders.blockedCustomers": { access: ADMINS, input: ({ org }) => ({ organizationId: org }) },
  "reminders.moveCustomers": {
    access: ADMINS,
    input: ({ org, t }) => ({ organizationId: org, ruleId: t.ruleId, customerIds: [t.customerId] }),
    mixed: [({ org, own, t }) => ({ organizationId: org, ruleId: null, customerIds: [own.customerId, t.customerId] })],
  },
  "reminders.dryRun": { access: ADMINS, input: ({ org }) => ({ organizationId: org }) },
  "reminders.runNow": { access: ADMINS, input: ({ org }) => ({ organizationId: org }) },
  "reminders.ruleEvents": { access: ADMINS, input: ({ org, t }) => ({ organizationId: org, ruleId: t.ruleId }) },
  "reminders.changes": { access: ADMINS, input: ({ org, t }) => ({ organizationId: org, ruleId: t.ruleId }) },
  "reminders.monthly": { access: ADMINS, input: ({ org }) => ({ organizationId: org }) },
  "reminders.activationPreview": { access: ADMINS, input: ({ org }) => ({ organizationId: org }) },
  "reminders.customers": { access: ADMINS, input: ({ org }) => ({ organizationId: org }) },
  "reminders.lastRun": { access: ADMINS, input: ({ org }) => ({ organizationId: org }) },
  "reminders.monthChart": { access: ADMINS, input: ({ org }) => ({ organizationId: org }) },
  "reminders.setMissingRatePolicy": { access: ADMINS, input: ({ org }) => ({ organizationId: org, policy: "block" }) },
  "reminders.referenceRates.list": { access: "signed-in" },
  "reminders.referenceRates.upsert": {
    access: ["platform_admin"],
    global: ["platform_admin"],
    input: () => ({ year: 2027, half: 1, rateBp: 250, source: "Suomen Pankki" }),
  },
};
