import { VOUCHER_EVENT_STATES } from "@reskontra/domain";
import { z } from "zod";
import { EVENT_HISTORY_KINDS } from "./event-history";

// What the procedures answer; zod strips every key not named here. A provider's outputs carry the
// identity code only masked; the organizer's client card alone carries it whole.

const cents = z.number().int();
const powerKind = z.enum(["units", "balance"]);
const powerStatus = z.enum(["granted", "open", "closed"]);

const permission = z.object({ allowed: z.boolean(), code: z.string().nullable(), reason: z.string().nullable() });

export const eventOutput = z.object({
  id: z.string(),
  providerName: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  purchasingPowerId: z.string(),
  voucherNumber: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  bookingId: z.string().nullable(),
  startsAt: z.date(),
  endsAt: z.date(),
  eventDate: z.string(),
  content: z.string(),
  units: z.number(),
  unitPriceCents: cents,
  priceCents: cents,
  voucherValueCents: cents,
  coPaymentCents: cents,
  state: z.enum(VOUCHER_EVENT_STATES),
  awaitingCredit: z.boolean(),
  reviewReason: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  creditedCents: cents,
  settled: z.boolean(),
  permissions: z.object({ edit: permission, delete: permission, credit: permission }),
});

export const clientHit = z.object({
  id: z.string(),
  name: z.string(),
  /** Providers only ever get the masked code: "120345-***". */
  hetuMasked: z.string(),
  customerNumber: z.string().nullable(),
});

export const clientHeaderOutput = clientHit.extend({
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  email: z.string().nullable(),
});

export const powerOutput = z.object({
  id: z.string(),
  voucherNumber: z.string(),
  kind: powerKind,
  serviceId: z.string(),
  serviceName: z.string(),
  serviceUnit: z.string(),
  unitValueCents: cents,
  quantity: z.number().nullable(),
  usedUnits: z.number(),
  remainingUnits: z.number().nullable(),
  balanceCents: cents.nullable(),
  usedCents: cents,
  remainingCents: cents.nullable(),
  validFrom: z.string(),
  validTo: z.string(),
  status: powerStatus,
});

export const bookingOutput = z.object({
  id: z.string(),
  purchasingPowerId: z.string(),
  voucherNumber: z.string(),
  serviceName: z.string(),
  startsAt: z.date(),
  endsAt: z.date(),
  content: z.string(),
  hasEvent: z.boolean(),
});

export const coPaymentStatementOutput = z.object({
  serviceId: z.string(),
  from: z.string(),
  to: z.string(),
  rows: z.array(
    z.object({
      eventId: z.string(),
      date: z.string(),
      state: z.enum(VOUCHER_EVENT_STATES),
      serviceContent: z.string(),
      voucherNumber: z.string(),
      priceCents: cents,
      voucherValueCents: cents,
      coPaymentCents: cents,
      invoiceId: z.string().nullable(),
    }),
  ),
  totals: z.object({ priceCents: cents, voucherValueCents: cents, coPaymentCents: cents }),
});

export const pdfOutput = z.object({ fileName: z.string(), pdfBase64: z.string() });

export const settlementLineOutput = z.object({
  id: z.string(),
  settlementId: z.string(),
  period: z.string(),
  organizerName: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  eventCount: z.number().int(),
  approvedCents: cents,
  creditCount: z.number().int(),
  creditCents: cents,
  carriedInCents: cents,
  payableCents: cents,
  carriedOutCents: cents,
  paidOn: z.string().nullable(),
});

export const settlementOutput = z.object({
  id: z.string(),
  period: z.string(),
  coversBefore: z.string(),
  runAt: z.date(),
  automatic: z.boolean(),
  lines: z.array(settlementLineOutput),
});

export const settingsOutput = z.object({
  settlementDay: z.number().int(),
  autoApprove: z.boolean(),
  creditReasons: z.array(z.object({ code: z.string(), labelFi: z.string(), labelEn: z.string() })),
  services: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), unit: z.string() })),
});

export const organizerEventOutput = eventOutput.extend({ providerName: z.string() });

export const searchClientsOutput = z.object({ kind: z.enum(["name", "hetu", "voucher"]), hits: z.array(clientHit) });
export const coPaymentInvoiceOutput = z.object({ invoiceId: z.string(), grossCents: cents, events: z.number().int() });
export const customerNumberOutput = z.object({ clientId: z.string(), customerNumber: z.string() });
export const eventStateOutput = z.object({ id: z.string(), state: z.enum(VOUCHER_EVENT_STATES) });
export const creditOutput = z.object({ creditId: z.string(), eventId: z.string(), amountCents: cents });
export const checkOutput = z.object({ approved: z.number().int(), underReview: z.number().int() });
export const runSettlementOutput = z.object({ settlementId: z.string(), period: z.string(), created: z.boolean() });
export const settlementPaymentOutput = z.object({ lineId: z.string(), paidOn: z.string(), events: z.number().int() });

export const errorReportOutput = z.object({
  id: z.string(),
  eventId: z.string(),
  providerName: z.string(),
  message: z.string(),
  createdAt: z.date(),
});

/** The organizer grants vouchers by identity code, so its client card is the one place the code is whole. */
export const organizerClientOutput = z.object({ id: z.string(), name: z.string(), hetu: z.string(), hetuMasked: z.string() });
export const organizerClientHit = z.object({ id: z.string(), name: z.string(), hetuMasked: z.string() });

export const organizerPowerOutput = z.object({
  id: z.string(),
  voucherNumber: z.string(),
  kind: powerKind,
  providerId: z.string().nullable(),
  status: powerStatus,
  validFrom: z.string(),
  validTo: z.string(),
});

export const providerOutput = z.object({ id: z.string(), name: z.string() });

export const eventHistoryOutput = z.object({
  at: z.date(),
  kind: z.enum(EVENT_HISTORY_KINDS),
  toState: z.enum(VOUCHER_EVENT_STATES).nullable(),
  /** Null: the automatic check or an automatic settlement. */
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  amountCents: cents.nullable(),
});

/** The read-only view of an event in any state, with its history. */
export const organizerEventDetailsOutput = z.object({ event: organizerEventOutput, history: z.array(eventHistoryOutput) });

export const voucherUsageOutput = z.array(
  z.object({
    clientId: z.string(),
    clientName: z.string(),
    unit: z.string(),
    grantedUnits: z.number(),
    usedUnits: z.number(),
    remainingUnits: z.number(),
  }),
);

export const settlementTotalsOutput = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(
    z.object({
      period: z.string(),
      providerId: z.string(),
      providerName: z.string(),
      approvedCents: cents,
      creditCents: cents,
      payableCents: cents,
    }),
  ),
});
