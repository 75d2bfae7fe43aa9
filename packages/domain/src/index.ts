// Shared
export { DomainError, isDomainError, refuse, raise } from "./shared/errors";
export type { DomainErrorParams, Refusal, Result } from "./shared/errors";
export { domainErrorMessages } from "./shared/error-messages";
export { isCents, toCents, toNonNegativeCents, divideRoundHalfUp, sumCents } from "./shared/money";
export { formatMoney, formatEuroAmount, formatEurosFi, parseMoney, NBSP } from "./shared/money-format";
export type { MoneyLocale } from "./shared/money-format";
export { formatDate, formatDateTime } from "./shared/date-format";
export { groupIban, groupReference } from "./shared/grouping";
export type { Cents } from "./shared/money";
export {
  isIsoDate,
  parseIsoDate,
  formatIsoDate,
  addDays,
  daysBetween,
  isoWeekday,
  compareIsoDates,
  isLeapYear,
  daysInMonth,
  yearsBefore,
} from "./shared/dates";
export type { IsoDate } from "./shared/dates";
export { finnishHolidays, isBusinessDay, addBusinessDays, nextBusinessDay, easterSunday } from "./shared/calendar";
export type { FinnishHoliday } from "./shared/calendar";
export { helsinkiOffsetMinutes, toHelsinkiWallClock, helsinkiWallClockToEpoch, helsinkiToday } from "./shared/helsinki-time";
export type { HelsinkiWallClock } from "./shared/helsinki-time";
export { ROLES, ORGANIZATION_KINDS } from "./shared/roles";
export type { Role, OrganizationKind } from "./shared/roles";

// Invoices
export { INVOICE_STATUSES, INVOICE_KINDS, DELIVERY_METHODS } from "./invoices/invoice-status";
export type { InvoiceStatus, InvoiceKind, DeliveryMethod } from "./invoices/invoice-status";
export { decideInvoice, evolveInvoice } from "./invoices/invoice-lifecycle";
export type {
  InvoiceState,
  InvoiceCommand,
  InvoiceCommandType,
  InvoiceEvent,
  InvoiceDecision,
} from "./invoices/invoice-lifecycle";
export { allowedInvoiceActions, INVOICE_ACTIONS } from "./invoices/invoice-actions";
export { creditNoteTotals, creditNoteRow } from "./invoices/credit-note";
export type { InvoiceAction, InvoiceViewer } from "./invoices/invoice-actions";
export { invoiceNumber, isValidUserNumber, referenceSearchPrefix } from "./invoices/invoice-number";
export {
  createReference,
  isValidReference,
  formatReference,
  normalizeReference,
  referenceCheckDigit,
} from "./invoices/reference";
export { toRfReference, isValidRfReference, formatRfReference, normalizeRfReference } from "./invoices/rf-reference";
export { isValidIban, isValidFinnishIban, formatIban } from "./invoices/iban";
export { virtualBarcode, parseVirtualBarcode } from "./invoices/virtual-barcode";
export type { VirtualBarcodeInput, ParsedVirtualBarcode } from "./invoices/virtual-barcode";
export { epcQrPayload } from "./invoices/epc-qr";
export type { EpcQrInput } from "./invoices/epc-qr";
export {
  calculateInvoiceTotals,
  calculateRowAmounts,
  quantityToThousandths,
  vatRateToBasisPoints,
} from "./invoices/invoice-totals";
export type { InvoiceRowInput, InvoiceRowAmounts, VatBreakdownLine, InvoiceTotals } from "./invoices/invoice-totals";
export { sameDayDeadline, SAME_DAY_CUTOFF_MINUTE } from "./invoices/same-day-deadline";

// Identity
export { isValidBusinessId, businessIdCheckDigit } from "./identity/business-id";
export { isValidHetu, parseHetu } from "./identity/hetu";
export type { ParsedHetu, Sex, HetuOptions } from "./identity/hetu";
export { maskIdentityCodes, containsIdentityCode, MASKED_IDENTITY_CODE } from "./identity/mask-in-text";

// Vouchers
export {
  VOUCHER_EVENT_STATES,
  VOUCHER_EVENT_COMMANDS,
  decideEventTransition,
  isVoucherEventState,
} from "./vouchers/event-states";
export type {
  VoucherEventState,
  VoucherEventCommand,
  VoucherEventActor,
  EventTransitionContext,
  EventTransition,
} from "./vouchers/event-states";
export { PURCHASING_POWER_KINDS, PURCHASING_POWER_STATUSES } from "./vouchers/purchasing-power";
export type { PurchasingPowerKind, PurchasingPowerStatus } from "./vouchers/purchasing-power";
export { eventPermissions } from "./vouchers/event-permissions";
export { decideCreditAmount } from "./vouchers/credit-amount";
export type { CreditAmountInput } from "./vouchers/credit-amount";
export type { Allowed, EventPermissions } from "./vouchers/event-permissions";
export { netSettlement } from "./vouchers/net-settlement";
export { VOUCHER_VISIBILITY_YEARS } from "./vouchers/visibility";
export { isPeriod, periodEnd, periodOf, periodStart, previousPeriod } from "./vouchers/periods";
export type { Period } from "./vouchers/periods";
export type { NetSettlementInput, NetSettlement } from "./vouchers/net-settlement";
export { coPayment, buildCoPaymentStatement } from "./vouchers/co-payment";
export type { CoPaymentEvent, CoPaymentStatement, CoPaymentStatementRow } from "./vouchers/co-payment";

// Reminders
export {
  REMINDER_LEGAL_LIMITS,
  CONSUMER_MIN_PAYMENT_TIME_DAYS,
  REMINDER_NEW_DUE_DAYS,
  BUSINESS_FIXED_COMPENSATION_CENTS,
  REMINDER_TRANSACTION_FEE_CENTS,
  CUSTOMER_KINDS,
} from "./reminders/legal-limits";
export type { CustomerKind, LegalLimits } from "./reminders/legal-limits";
export { validateReminderRule, defaultReminderRules, defaultRuleKind, REMINDER_CHANNELS } from "./reminders/reminder-rule";
export type { ReminderRule, ReminderChannel, RuleViolation } from "./reminders/reminder-rule";
export { isReminderDue, reminderFeeCents } from "./reminders/reminder-due";
export type { ReminderInvoice, SentReminder, DueReminder } from "./reminders/reminder-due";
export { REFERENCE_RATES } from "./reminders/reference-rates";
export type { ReferenceRatePeriod } from "./reminders/reference-rates";
export { lateInterestCents } from "./reminders/late-interest";
export { planReminder, resolveChannel, reminderInterest, reminderCompensationCents } from "./reminders/plan-reminder";
export type { PlanInput, ReminderPlan, SkipReason, ReminderBuyer } from "./reminders/plan-reminder";
export type { LateInterestInput } from "./reminders/late-interest";

// Support
export { extractIdentifiers } from "./support/identifiers";
export type { IdentifierKind, FoundIdentifier } from "./support/identifiers";
export {
  evaluateTicketChecklist,
  evaluateSuggestionChecklist,
  MIN_DESCRIPTION_CHARS,
  MIN_DESCRIPTION_WORDS,
} from "./support/checklist";
export type { ChecklistGap, TicketChecklistResult } from "./support/checklist";
export {
  slaElapsedMinutes,
  slaDeadline,
  pausesFromStatusHistory,
  SUPPORT_SERVICE_HOURS,
  INVOICE_SERVICE_HOURS,
} from "./support/sla-clock";
export type { ServiceHours, Interval } from "./support/sla-clock";
export * from "./support/lists";
export { SLA_TARGETS, ticketSla } from "./support/ticket-sla";
export { effectOfMessage, REOPEN_WITHIN_DAYS } from "./support/ticket-messages";
export type { MessageEffect } from "./support/ticket-messages";
export type { SlaClockState, TicketSla } from "./support/ticket-sla";
export {
  suggestThirdParties,
  triageWords,
  keywordStems,
  wordMatches,
  findKeyword,
  brandWord,
  TRIAGE_WEIGHTS,
} from "./support/third-parties-triage";
export type {
  TriageInput,
  TriageInvoice,
  TriageParty,
  TriageReason,
  TriageSuggestion,
  TriageTopic,
} from "./support/third-parties-triage";
export { isValidContactPhone, isValidContactEmail, isValidWebsite, dialablePhone } from "./support/third-parties-contact";
export {
  isLineOpen,
  nextLineOpening,
  lineClosesAt,
  lineStatus,
  minuteOfDayText,
  checkCallbackTime,
  CALLBACK_MAX_DAYS_AHEAD,
} from "./support/phone-hours";
export type { LineStatus } from "./support/phone-hours";
export { normalizePhoneNumber, formatPhoneNumber } from "./support/phone-numbers";
export {
  allowedSuggestionMoves,
  decideSuggestionMerge,
  decideSuggestionStatus,
  decideVote,
  isReviewMonth,
  shiftReviewMonth,
  suggestionReviewMonth,
  suggestionStage,
  votersAfterMerge,
  MAX_SUGGESTION_REASON_CHARS,
  SUGGESTION_MOVES,
} from "./support/suggestions-lifecycle";
export type { SuggestionActor, SuggestionState } from "./support/suggestions-lifecycle";
export { median, percentile, percentOf } from "./support/reports-stats";
export { computeMonthlyReport, reportMonthBounds, reportMonthOf } from "./support/reports-monthly";
export type {
  MonthlyReport,
  ReportCallback,
  ReportCallGroup,
  ReportMonth,
  ReportTicket,
  SlaFigures,
} from "./support/reports-monthly";
export { breachesToRaise, SLA_TARGET_KINDS } from "./support/reports-breaches";
export type { SlaTargetKind } from "./support/reports-breaches";
// Support: the tickets room
export { extractTicketIdentifiers } from "./support/tickets-identifiers";
export type { FoundTicketIdentifier, TicketIdentifierKind } from "./support/tickets-identifiers";
export { INBOUND_QUARANTINE_REASONS, newPartOfReply, screenInboundMail } from "./support/mail-screening";
export type { InboundQuarantineReason, ScreenedMail } from "./support/mail-screening";
export { decideMerge, decideStatusChange } from "./support/workspace-decisions";
export type { StatusDecision, TicketLifecycle, WorkspaceRefusal, WorkspaceRefusalCode } from "./support/workspace-decisions";
export { supportVocabularyTexts } from "./support/reports-labels";
export { slaReadingInstant } from "./support/reports-sla-horizon";

// Reminders: late interest by half-year from maintained reference rates
export {
  halfYearOf,
  halfYearSpan,
  nextHalfYear,
  rateOn,
  validateReferenceRate,
  isHalfYearPeriod,
  REFERENCE_RATE_LIMITS,
} from "./reminders/reference-rates";
export type { HalfYear, HalfYearSpan } from "./reminders/reference-rates";
export { lateInterest } from "./reminders/late-interest";
export type { InterestPeriod, LateInterest } from "./reminders/late-interest";
export { MISSING_RATE_POLICIES } from "./reminders/plan-reminder";
export type { MissingRatePolicy, ReminderInterest } from "./reminders/plan-reminder";
export { summarizeVat } from "./invoices/invoice-totals";
export type { VatSummaryRow } from "./invoices/invoice-totals";
export { virtualBarcodeIfItFits, VIRTUAL_BARCODE_MAX_CENTS } from "./invoices/virtual-barcode";
export { deadlineUrgency, DEADLINE_AT_RISK_MS, type DeadlineUrgency } from "./invoices/same-day-deadline";
export {
  DISPATCH_FAILURE_REASONS,
  dispatchFailureText,
  isDispatchFailureReason,
  type DispatchFailureReason,
} from "./invoices/dispatch-failure";
export { NOTIFICATION_KINDS, type NotificationKind } from "./shared/notification-kinds";
export { CUSTOMER_LANGUAGES, type CustomerLanguage } from "./shared/languages";
export { checkUnitsFitSlot, checkUnitsLeft, formatUnitsFi, slotsOverlap } from "./vouchers/event-sanity";
export type { TimeSlot, VoucherLeft } from "./vouchers/event-sanity";
export { formatPeriod } from "./vouchers/periods";
export { formatUnitCount } from "./vouchers/event-sanity";
// Invoices and customers: sanity at input
export { findIdentityCode } from "./identity/identity-code-in-text";
export { countryCodeForName, countryName, isCountryCode } from "./shared/country-codes";
export type { CountryLocale } from "./shared/country-codes";
export {
  addMonths,
  checkInvoiceAmounts,
  checkInvoiceDates,
  checkPaymentDate,
  INVOICE_AMOUNT_MAX_CENTS,
  INVOICE_DATE_MONTHS_AHEAD,
  INVOICE_DATE_MONTHS_BACK,
  INVOICE_TERM_MONTHS,
} from "./invoices/invoice-sanity";
export type { InvoiceDates } from "./invoices/invoice-sanity";
export {
  ADMIN_ROLES,
  FIRST_ADMIN_ROLE,
  isAdminRole,
  keepsAnAdmin,
  RESPONSIBILITY_AREAS,
  ROLES_OF_KIND,
  type ResponsibilityArea,
} from "./organizations/organization-roles";
export {
  AGEING_BUCKETS,
  AGEING_BUCKET_LAST_DAY,
  ageingBucket,
  daysOverdue,
  isAgeingBucket,
  type AgeingBucket,
} from "./invoices/ageing";
