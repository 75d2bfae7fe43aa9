import type { MatrixTable } from "./matrix-row";

const PROVIDER = { access: ["user"] } as const;
const ORGANIZER = { access: ["organizer_admin"] } as const;
const month = { from: "2026-01-01", to: "2026-12-31" };
const slot = { startsAt: "2026-11-20T08:00:00Z", endsAt: "2026-11-20T09:00:00Z", content: "Käynti", units: 1 };
const later = { startsAt: "2026-12-01T08:00:00Z", endsAt: "2026-12-01T09:00:00Z", content: "Käynti" };
const power = { kind: "units", unitValueCents: 4000, quantity: 5, validFrom: "2026-11-01", validTo: "2027-10-31" };

/**
 * Service vouchers: a provider's users see the clients the visibility rule gives them; an
 * organizer admin sees the county's own. `mixed` pairs the caller's own objects with another
 * county's, the shape of the holes the first matrix found.
 */
export const voucherRows: MatrixTable = {
  "vouchers.provider.searchClients": {
    ...PROVIDER,
    input: ({ org, t }) => ({ organizationId: org, query: t.clientName }),
    answersNothing: (out) => (out as { hits: unknown[] }).hits.length === 0,
  },
  "vouchers.provider.client": { ...PROVIDER, input: ({ org, t }) => ({ organizationId: org, clientId: t.clientId }) },
  "vouchers.provider.purchasingPowers": { ...PROVIDER, input: ({ org, t }) => ({ organizationId: org, clientId: t.clientId }) },
  "vouchers.provider.balancePowers": { ...PROVIDER, input: ({ org, t }) => ({ organizationId: org, clientId: t.clientId }) },
  "vouchers.provider.bookings": { ...PROVIDER, input: ({ org, t }) => ({ organizationId: org, clientId: t.clientId }) },
  "vouchers.provider.events": { ...PROVIDER, input: ({ org, t }) => ({ organizationId: org, clientId: t.clientId }) },
  "vouchers.provider.coPaymentStatement": {
    ...PROVIDER,
    input: ({ org, t }) => ({ organizationId: org, clientId: t.clientId, serviceId: t.serviceId, ...month }),
    mixed: [({ org, own, t }) => ({ organizationId: org, clientId: own.clientId, serviceId: t.serviceId, ...month })],
  },
  "vouchers.provider.coPaymentStatementPdf": {
    ...PROVIDER,
    input: ({ org, t }) => ({ organizationId: org, clientId: t.clientId, serviceId: t.serviceId, ...month }),
    mixed: [({ org, own, t }) => ({ organizationId: org, clientId: own.clientId, serviceId: t.serviceId, ...month })],
  },
  "vouchers.provider.invoiceCoPayments": {
    ...PROVIDER,
    input: ({ org, t }) => ({ organizationId: org, clientId: t.clientId, serviceId: t.serviceId, ...month }),
    mixed: [({ org, own, t }) => ({ organizationId: org, clientId: own.clientId, serviceId: t.serviceId, ...month })],
  },
  "vouchers.provider.setCustomerNumber": {
    ...PROVIDER,
    input: ({ org, t }) => ({ organizationId: org, clientId: t.clientId, customerNumber: "M-1" }),
  },
  "vouchers.provider.recordEvent": {
    ...PROVIDER,
    input: ({ org, t }) => ({ organizationId: org, clientId: t.clientId, purchasingPowerId: t.powerId, ...slot }),
    mixed: [({ org, own, t }) => ({ organizationId: org, clientId: own.clientId, purchasingPowerId: t.powerId, ...slot })],
  },
  "vouchers.provider.updateEvent": { ...PROVIDER, input: ({ org, t }) => ({ organizationId: org, eventId: t.eventId, ...slot }) },
  "vouchers.provider.deleteEvent": { ...PROVIDER, input: ({ org, t }) => ({ organizationId: org, eventId: t.eventId }) },
  "vouchers.provider.reportError": {
    ...PROVIDER,
    input: ({ org, t }) => ({ organizationId: org, eventId: t.settledEventId, message: "Tapahtumassa on virhe." }),
  },
  "vouchers.provider.statements": { ...PROVIDER, input: ({ org }) => ({ organizationId: org }) },
  "vouchers.provider.statementPdf": { ...PROVIDER, input: ({ org, t }) => ({ organizationId: org, lineId: t.settlementLineId }) },

  "vouchers.organizer.settings": { ...ORGANIZER, input: ({ org }) => ({ organizationId: org }) },
  "vouchers.organizer.updateSettings": {
    ...ORGANIZER,
    input: ({ org }) => ({ organizationId: org, settlementDay: 6, autoApprove: false }),
  },
  "vouchers.organizer.reviewQueue": { ...ORGANIZER, input: ({ org }) => ({ organizationId: org }) },
  "vouchers.organizer.events": { ...ORGANIZER, input: ({ org, t }) => ({ organizationId: org, clientId: t.clientId }) },
  "vouchers.organizer.approve": { ...ORGANIZER, input: ({ org, t }) => ({ organizationId: org, eventId: t.eventId }) },
  "vouchers.organizer.reject": {
    ...ORGANIZER,
    input: ({ org, t }) => ({ organizationId: org, eventId: t.eventId, reason: "Väärin" }),
  },
  "vouchers.organizer.credit": {
    ...ORGANIZER,
    input: ({ org, t }) => ({ organizationId: org, eventId: t.settledEventId, reasonCode: "VIRHE", explanation: "Hyvitys" }),
  },
  "vouchers.organizer.runCheck": { ...ORGANIZER, input: ({ org }) => ({ organizationId: org }) },
  "vouchers.organizer.runSettlement": { ...ORGANIZER, input: ({ org }) => ({ organizationId: org }) },
  "vouchers.organizer.settlements": { ...ORGANIZER, input: ({ org }) => ({ organizationId: org }) },
  "vouchers.organizer.statementPdf": {
    ...ORGANIZER,
    input: ({ org, t }) => ({ organizationId: org, lineId: t.settlementLineId }),
  },
  "vouchers.organizer.recordPayment": {
    ...ORGANIZER,
    input: ({ org, t }) => ({ organizationId: org, lineId: t.settlementLineId, paidOn: "2026-11-23" }),
  },
  "vouchers.organizer.errorReports": { ...ORGANIZER, input: ({ org }) => ({ organizationId: org }) },
  "vouchers.organizer.closeErrorReport": {
    ...ORGANIZER,
    input: ({ org, t }) => ({ organizationId: org, reportId: t.errorReportId }),
  },
  "vouchers.organizer.client": { ...ORGANIZER, input: ({ org, t }) => ({ organizationId: org, clientId: t.clientId }) },
  "vouchers.organizer.createClient": {
    ...ORGANIZER,
    input: ({ org }) => ({ organizationId: org, name: "Matriisi", hetu: "030385-2467" }),
  },
  "vouchers.organizer.grantPurchasingPower": {
    ...ORGANIZER,
    input: ({ org, t }) => ({
      organizationId: org,
      clientId: t.clientId,
      serviceId: t.serviceId,
      providerId: t.providerId,
      voucherNumber: "PS-2026-0901",
      ...power,
    }),
    mixed: [
      ({ org, own, t }) => ({
        organizationId: org,
        clientId: own.clientId,
        serviceId: t.serviceId,
        providerId: own.providerId,
        voucherNumber: "PS-2026-0902",
        ...power,
      }),
      ({ org, own, t }) => ({
        organizationId: org,
        clientId: own.clientId,
        serviceId: own.serviceId,
        providerId: t.providerId,
        voucherNumber: "PS-2026-0903",
        ...power,
      }),
    ],
  },
  "vouchers.organizer.grantServiceTeamRight": {
    ...ORGANIZER,
    input: ({ org, t }) => ({
      organizationId: org,
      clientId: t.clientId,
      serviceId: t.serviceId,
      providerId: t.providerId,
      teamName: "Tiimi",
      validFrom: "2026-11-01",
    }),
    mixed: [
      ({ org, own, t }) => ({
        organizationId: org,
        clientId: own.clientId,
        serviceId: t.serviceId,
        providerId: own.providerId,
        teamName: "Tiimi",
        validFrom: "2026-11-01",
      }),
      ({ org, own, t }) => ({
        organizationId: org,
        clientId: own.clientId,
        serviceId: own.serviceId,
        providerId: t.providerId,
        teamName: "Tiimi",
        validFrom: "2026-11-01",
      }),
    ],
  },
  "vouchers.organizer.clients": { ...ORGANIZER, input: ({ org, t }) => ({ organizationId: org, query: t.clientName }) },
  "vouchers.organizer.clientPowers": { ...ORGANIZER, input: ({ org, t }) => ({ organizationId: org, clientId: t.clientId }) },
  "vouchers.organizer.providers": { ...ORGANIZER, input: ({ org }) => ({ organizationId: org }) },
  "vouchers.organizer.createBooking": {
    ...ORGANIZER,
    input: ({ org, t }) => ({
      organizationId: org,
      clientId: t.clientId,
      purchasingPowerId: t.powerId,
      providerId: t.providerId,
      ...later,
    }),
    mixed: [
      ({ org, own, t }) => ({
        organizationId: org,
        clientId: own.clientId,
        purchasingPowerId: own.powerId,
        providerId: t.providerId,
        ...later,
      }),
    ],
  },
  "vouchers.provider.voucherUsage": {
    ...PROVIDER,
    input: ({ org, t }) => ({ organizationId: org, serviceId: t.serviceId }),
  },
  "vouchers.organizer.eventDetails": { ...ORGANIZER, input: ({ org, t }) => ({ organizationId: org, eventId: t.eventId }) },
  "vouchers.organizer.settlementTotals": {
    ...ORGANIZER,
    input: ({ org }) => ({ organizationId: org, from: "2026-01", to: "2026-12" }),
  },
  "vouchers.organizer.voucherUsage": {
    ...ORGANIZER,
    input: ({ org, t }) => ({ organizationId: org, serviceId: t.serviceId }),
  },
};
