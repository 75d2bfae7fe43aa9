import { z } from "zod";
import { plainString } from "@reskontra/contracts/shared";
import { router } from "../trpc/init";
import { idOutput } from "../trpc/outputs";
import { authedProcedure, roleProcedure, tenantProcedure } from "../trpc/procedures";
import { REMINDER_ADMIN_ROLES } from "./access";
import { activateReminders, reminderStatus } from "./activate";
import { configChanges, monthlySummary, ruleEvents } from "./activity";
import { allCustomers, blockedCustomers, customersOfRule, moveCustomers } from "./assignments";
import { activationPreview } from "./activation-preview";
import { lastTwelveMonths } from "./monthly-chart";
import { lastRun } from "./run-progress";
import { dryRun } from "./dry-run";
import { listRules, createRule, deleteRule, updateRule } from "./rules";
import { listReferenceRates, setMissingRatePolicy, upsertReferenceRate } from "./reference-rates";
import { runNow } from "./run-now";
import {
  activateOutput,
  activationPreviewOutput,
  lastRunOutput,
  monthChartOutput,
  changeOutput,
  deleteRuleOutput,
  dryRunItem,
  eventOutput,
  monthlyOutput,
  moveOutput,
  placedCustomer,
  referenceRatesOutput,
  ruleOutput,
  runNowOutput,
  statusOutput,
  upsertReferenceRateOutput,
} from "./outputs";
import { okOutput } from "../trpc/outputs";
import { missingRatePolicyInput, referenceRateInput, ruleInput } from "@reskontra/contracts/reminders";

const adminProcedure = tenantProcedure(...REMINDER_ADMIN_ROLES);
/** Users pick a rule on their customer card, so they may read the company's status and rules. */
const readProcedure = tenantProcedure("user", ...REMINDER_ADMIN_ROLES);
const ruleId = z.object({ ruleId: z.uuid() });

export const remindersRouter = router({
  status: readProcedure.output(statusOutput).query(({ ctx }) => reminderStatus(ctx)),
  activate: adminProcedure
    .input(z.object({ confirmedTransactionFeeCents: z.number().int() }))
    .output(activateOutput)
    .mutation(({ ctx, input }) => activateReminders(ctx, input)),

  rules: readProcedure.output(z.array(ruleOutput)).query(({ ctx }) => listRules(ctx)),
  createRule: adminProcedure
    .input(z.object({ rule: ruleInput }))
    .output(idOutput)
    .mutation(({ ctx, input }) => createRule(ctx, input.rule)),
  updateRule: adminProcedure
    .input(z.object({ ruleId: z.uuid(), rule: ruleInput }))
    .output(idOutput)
    .mutation(({ ctx, input }) => updateRule(ctx, input.ruleId, input.rule)),
  deleteRule: adminProcedure
    .input(ruleId)
    .output(deleteRuleOutput)
    .mutation(({ ctx, input }) => deleteRule(ctx, input.ruleId)),

  ruleCustomers: adminProcedure
    .input(ruleId)
    .output(z.array(placedCustomer))
    .query(({ ctx, input }) => customersOfRule(ctx, input.ruleId)),
  blockedCustomers: adminProcedure.output(z.array(placedCustomer)).query(({ ctx }) => blockedCustomers(ctx)),
  moveCustomers: adminProcedure
    // ruleId null: "Automation blocked". At most 500 at once: a page of the list, in one transaction.
    .input(z.object({ customerIds: z.array(z.uuid()).min(1).max(500), ruleId: z.uuid().nullable() }))
    .output(moveOutput)
    .mutation(({ ctx, input }) => moveCustomers(ctx, input)),

  dryRun: adminProcedure.output(z.array(dryRunItem)).query(({ ctx }) => dryRun(ctx)),
  runNow: adminProcedure.output(runNowOutput).mutation(({ ctx }) => runNow(ctx)),

  ruleEvents: adminProcedure
    .input(z.object({ ruleId: z.uuid(), invoiceNumber: plainString().trim().max(30).optional() }))
    .output(z.array(eventOutput))
    .query(({ ctx, input }) => ruleEvents(ctx, input)),
  changes: adminProcedure
    .input(z.object({ ruleId: z.uuid().optional() }))
    .output(z.array(changeOutput))
    .query(({ ctx, input }) => configChanges(ctx, input)),
  monthly: adminProcedure.output(z.array(monthlyOutput)).query(({ ctx }) => monthlySummary(ctx)),
  activationPreview: adminProcedure.output(activationPreviewOutput).query(({ ctx }) => activationPreview(ctx)),
  customers: adminProcedure.output(z.array(placedCustomer)).query(({ ctx }) => allCustomers(ctx)),
  lastRun: adminProcedure.output(lastRunOutput).query(({ ctx }) => lastRun(ctx)),
  monthChart: adminProcedure.output(z.array(monthChartOutput)).query(({ ctx }) => lastTwelveMonths(ctx)),

  setMissingRatePolicy: adminProcedure
    .input(missingRatePolicyInput)
    .output(okOutput)
    .mutation(({ ctx, input }) => setMissingRatePolicy(ctx, input)),
  /** The late-interest reference rates: anyone signed in reads them, only a platform administrator keeps them. */
  referenceRates: router({
    list: authedProcedure.output(referenceRatesOutput).query(({ ctx }) => listReferenceRates(ctx)),
    upsert: roleProcedure("platform_admin")
      .input(referenceRateInput)
      .output(upsertReferenceRateOutput)
      .mutation(({ ctx, input }) => upsertReferenceRate(ctx, input)),
  }),
});
