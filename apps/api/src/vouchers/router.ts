import { z } from "zod";
import { plainString } from "@reskontra/contracts/shared";
import { router } from "../trpc/init";
import { idOutput } from "../trpc/outputs";
import { tenantProcedure } from "../trpc/procedures";
import { deleteEvent, updateEvent } from "./change-event";
import { clientBookings, clientEvents, clientHeader, clientPowers } from "./client-tabs";
import { setClientNumber } from "./client-numbers";
import { coPaymentStatement, coPaymentStatementPdf, invoiceCoPayments } from "./co-payments";
import { creditEvent } from "./credit-event";
import { closeErrorReport, openErrorReports, reportEventError } from "./error-reports";
import {
  createClient,
  grantPurchasingPower,
  grantServiceTeamRight,
  organizerClient,
  organizerSettings,
  updateOrganizerSettings,
} from "./organizer-admin";
import { approveEvent, organizerEvents, rejectEvent, reviewQueue } from "./organizer-events";
import { createBooking } from "./organizer-bookings";
import { organizerClientPowers, searchOrganizerClients, voucherProviders } from "./organizer-clients";
import { recordEvent } from "./record-event";
import { runCheckNow } from "./run-check";
import {
  bookingOutput,
  checkOutput,
  clientHeaderOutput,
  coPaymentInvoiceOutput,
  coPaymentStatementOutput,
  creditOutput,
  customerNumberOutput,
  errorReportOutput,
  eventOutput,
  eventStateOutput,
  organizerClientHit,
  organizerClientOutput,
  organizerEventOutput,
  organizerPowerOutput,
  pdfOutput,
  powerOutput,
  providerOutput,
  runSettlementOutput,
  searchClientsOutput,
  settingsOutput,
  settlementLineOutput,
  settlementOutput,
  settlementPaymentOutput,
  organizerEventDetailsOutput,
  settlementTotalsOutput,
  voucherUsageOutput,
} from "./outputs";
import {
  coPaymentQueryInput,
  createBookingInput,
  createClientInput,
  creditInput,
  eventFieldsInput,
  grantPowerInput,
  grantRightInput,
  period,
  recordEventInput,
  rejectEventInput,
  reportErrorInput,
  settingsInput,
  settlementPaymentInput,
  organizerEventsInput,
  settlementTotalsInput,
  voucherUsageInput,
} from "@reskontra/contracts/vouchers";
import { organizerEventDetails } from "./event-history";
import { organizerVoucherUsage, providerVoucherUsage, settlementTotals } from "./usage-figures";
import { searchClients } from "./search-clients";
import {
  organizerSettlements,
  organizerStatementPdf,
  providerStatementPdf,
  providerStatements,
  recordSettlementPayment,
  runSettlement,
} from "./settlements";

// The provider is the billing company of a voucher producer; its users record events.
const providerProcedure = tenantProcedure("user");
const organizerProcedure = tenantProcedure("organizer_admin");

const clientId = z.object({ clientId: z.uuid() });
const eventId = z.object({ eventId: z.uuid() });
const lineId = z.object({ lineId: z.uuid() });

export const voucherProviderRouter = router({
  searchClients: providerProcedure
    .input(z.object({ query: plainString().trim().min(2).max(100) }))
    .output(searchClientsOutput)
    .query(({ ctx, input }) => searchClients(ctx, input.query)),
  client: providerProcedure
    .input(clientId)
    .output(clientHeaderOutput)
    .query(({ ctx, input }) => clientHeader(ctx, input.clientId)),
  purchasingPowers: providerProcedure
    .input(clientId)
    .output(z.array(powerOutput))
    .query(({ ctx, input }) => clientPowers(ctx, input.clientId, "units")),
  balancePowers: providerProcedure
    .input(clientId)
    .output(z.array(powerOutput))
    .query(({ ctx, input }) => clientPowers(ctx, input.clientId, "balance")),
  bookings: providerProcedure
    .input(clientId)
    .output(z.array(bookingOutput))
    .query(({ ctx, input }) => clientBookings(ctx, input.clientId)),
  events: providerProcedure
    .input(clientId)
    .output(z.array(eventOutput))
    .query(async ({ ctx, input }) =>
      (await clientEvents(ctx, input.clientId)).map((e) => ({ ...e, settled: e.settlementId !== null })),
    ),
  coPaymentStatement: providerProcedure
    .input(coPaymentQueryInput)
    .output(coPaymentStatementOutput)
    .query(({ ctx, input }) => coPaymentStatement(ctx, input)),
  coPaymentStatementPdf: providerProcedure
    .input(coPaymentQueryInput)
    .output(pdfOutput)
    .query(({ ctx, input }) => coPaymentStatementPdf(ctx, input)),
  invoiceCoPayments: providerProcedure
    .input(coPaymentQueryInput)
    .output(coPaymentInvoiceOutput)
    .mutation(({ ctx, input }) => invoiceCoPayments(ctx, input)),
  setCustomerNumber: providerProcedure
    .input(z.object({ clientId: z.uuid(), customerNumber: plainString().trim().min(1).max(30) }))
    .output(customerNumberOutput)
    .mutation(({ ctx, input }) => setClientNumber(ctx, input.clientId, input.customerNumber)),
  recordEvent: providerProcedure
    .input(recordEventInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => recordEvent(ctx, input)),
  updateEvent: providerProcedure
    .input(eventFieldsInput.extend({ eventId: z.uuid() }))
    .output(idOutput)
    .mutation(({ ctx, input }) => updateEvent(ctx, input.eventId, input)),
  deleteEvent: providerProcedure
    .input(eventId)
    .output(idOutput)
    .mutation(({ ctx, input }) => deleteEvent(ctx, input.eventId)),
  reportError: providerProcedure
    .input(reportErrorInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => reportEventError(ctx, input.eventId, input.message)),
  statements: providerProcedure.output(z.array(settlementLineOutput)).query(({ ctx }) => providerStatements(ctx)),
  statementPdf: providerProcedure
    .input(lineId)
    .output(pdfOutput)
    .query(({ ctx, input }) => providerStatementPdf(ctx, input.lineId)),
  voucherUsage: providerProcedure
    .input(voucherUsageInput)
    .output(voucherUsageOutput)
    .query(({ ctx, input }) => providerVoucherUsage(ctx, input)),
});

export const voucherOrganizerRouter = router({
  settings: organizerProcedure.output(settingsOutput).query(({ ctx }) => organizerSettings(ctx)),
  updateSettings: organizerProcedure
    .input(settingsInput)
    .output(settingsOutput)
    .mutation(({ ctx, input }) => updateOrganizerSettings(ctx, input)),
  reviewQueue: organizerProcedure
    .input(z.object({ includeRecorded: z.boolean().default(false) }))
    .output(z.array(organizerEventOutput))
    .query(async ({ ctx, input }) =>
      (await reviewQueue(ctx, input.includeRecorded)).map((e) => ({ ...e, settled: e.settlementId !== null })),
    ),
  events: organizerProcedure
    .input(organizerEventsInput)
    .output(z.array(organizerEventOutput))
    .query(async ({ ctx, input }) =>
      (await organizerEvents(ctx, input)).map((e) => ({ ...e, settled: e.settlementId !== null })),
    ),
  approve: organizerProcedure
    .input(eventId)
    .output(eventStateOutput)
    .mutation(({ ctx, input }) => approveEvent(ctx, input.eventId)),
  reject: organizerProcedure
    .input(rejectEventInput)
    .output(eventStateOutput)
    .mutation(({ ctx, input }) => rejectEvent(ctx, input.eventId, input.reason)),
  credit: organizerProcedure
    .input(creditInput)
    .output(creditOutput)
    .mutation(async ({ ctx, input }) => {
      const { creditId, eventId: id, amountCents } = await creditEvent(ctx, input);
      return { creditId, eventId: id, amountCents };
    }),
  runCheck: organizerProcedure.output(checkOutput).mutation(({ ctx }) => runCheckNow(ctx)),
  runSettlement: organizerProcedure
    .input(z.object({ period: period.optional() }))
    .output(runSettlementOutput)
    .mutation(({ ctx, input }) => runSettlement(ctx, input.period)),
  settlements: organizerProcedure.output(z.array(settlementOutput)).query(({ ctx }) => organizerSettlements(ctx)),
  statementPdf: organizerProcedure
    .input(lineId)
    .output(pdfOutput)
    .query(({ ctx, input }) => organizerStatementPdf(ctx, input.lineId)),
  recordPayment: organizerProcedure
    .input(settlementPaymentInput)
    .output(settlementPaymentOutput)
    .mutation(({ ctx, input }) => recordSettlementPayment(ctx, input.lineId, input.paidOn)),
  errorReports: organizerProcedure.output(z.array(errorReportOutput)).query(({ ctx }) => openErrorReports(ctx)),
  closeErrorReport: organizerProcedure
    .input(z.object({ reportId: z.uuid() }))
    .output(idOutput)
    .mutation(({ ctx, input }) => closeErrorReport(ctx, input.reportId)),
  client: organizerProcedure
    .input(clientId)
    .output(organizerClientOutput)
    .query(({ ctx, input }) => organizerClient(ctx, input.clientId)),
  createClient: organizerProcedure
    .input(createClientInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => createClient(ctx, input)),
  grantPurchasingPower: organizerProcedure
    .input(grantPowerInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => grantPurchasingPower(ctx, input)),
  grantServiceTeamRight: organizerProcedure
    .input(grantRightInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => grantServiceTeamRight(ctx, input)),
  clients: organizerProcedure
    .input(z.object({ query: plainString().trim().min(2).max(100) }))
    .output(z.array(organizerClientHit))
    .query(({ ctx, input }) => searchOrganizerClients(ctx, input.query)),
  clientPowers: organizerProcedure
    .input(clientId)
    .output(z.array(organizerPowerOutput))
    .query(({ ctx, input }) => organizerClientPowers(ctx, input.clientId)),
  providers: organizerProcedure.output(z.array(providerOutput)).query(({ ctx }) => voucherProviders(ctx)),
  createBooking: organizerProcedure
    .input(createBookingInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => createBooking(ctx, input)),
  eventDetails: organizerProcedure
    .input(eventId)
    .output(organizerEventDetailsOutput)
    .query(({ ctx, input }) => organizerEventDetails(ctx, input.eventId)),
  settlementTotals: organizerProcedure
    .input(settlementTotalsInput)
    .output(settlementTotalsOutput)
    .query(({ ctx, input }) => settlementTotals(ctx, input)),
  voucherUsage: organizerProcedure
    .input(voucherUsageInput)
    .output(voucherUsageOutput)
    .query(({ ctx, input }) => organizerVoucherUsage(ctx, input)),
});

export const vouchersRouter = router({
  provider: voucherProviderRouter,
  organizer: voucherOrganizerRouter,
});
