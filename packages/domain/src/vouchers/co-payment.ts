import { compareIsoDates, isIsoDate } from "../shared/dates";
import type { IsoDate } from "../shared/dates";
import { DomainError } from "../shared/errors";
import type { VoucherEventState } from "./event-states";
import type { Cents } from "../shared/money";

/** The client's share: price − voucher value, never below zero. */
export function coPayment(priceCents: number, voucherValueCents: number): Cents {
  if (!Number.isSafeInteger(priceCents) || priceCents < 0) throw new DomainError("AMOUNT_INVALID", { field: "priceCents" });
  if (!Number.isSafeInteger(voucherValueCents) || voucherValueCents < 0) {
    throw new DomainError("AMOUNT_INVALID", { field: "voucherValueCents" });
  }
  return Math.max(0, priceCents - voucherValueCents) as Cents;
}

export type CoPaymentEvent = {
  id: string;
  date: IsoDate;
  state: VoucherEventState;
  serviceId: string;
  /** What was done, as shown on the statement. */
  serviceContent: string;
  voucherNumber: string;
  priceCents: number;
  voucherValueCents: number;
};

export type CoPaymentStatementRow = {
  eventId: string;
  date: IsoDate;
  state: VoucherEventState;
  serviceContent: string;
  voucherNumber: string;
  priceCents: number;
  voucherValueCents: number;
  coPaymentCents: number;
};

export type CoPaymentStatement = {
  serviceId: string;
  from: IsoDate;
  to: IsoDate;
  rows: CoPaymentStatementRow[];
  totals: { priceCents: number; voucherValueCents: number; coPaymentCents: number };
};

/**
 * The co-payment statement (omavastuuerittely) for one service and an
 * inclusive date range. Events under review stay until rejected; rejected
 * events disappear.
 */
export function buildCoPaymentStatement(input: {
  events: readonly CoPaymentEvent[];
  serviceId: string;
  from: IsoDate;
  to: IsoDate;
}): CoPaymentStatement {
  const { from, to, serviceId } = input;
  if (!isIsoDate(from)) throw new DomainError("DATE_INVALID", { field: "from" });
  if (!isIsoDate(to)) throw new DomainError("DATE_INVALID", { field: "to" });
  if (compareIsoDates(from, to) > 0) throw new DomainError("DATE_RANGE_INVALID", { field: "to" });
  const rows = input.events
    .filter((e) => e.serviceId === serviceId && e.state !== "rejected")
    .filter((e) => compareIsoDates(e.date, from) >= 0 && compareIsoDates(e.date, to) <= 0)
    .map((e) => ({
      eventId: e.id,
      date: e.date,
      state: e.state,
      serviceContent: e.serviceContent,
      voucherNumber: e.voucherNumber,
      priceCents: e.priceCents,
      voucherValueCents: e.voucherValueCents,
      coPaymentCents: coPayment(e.priceCents, e.voucherValueCents),
    }))
    .sort((a, b) => compareIsoDates(a.date, b.date) || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0));
  const totals = rows.reduce(
    (t, r) => ({
      priceCents: t.priceCents + r.priceCents,
      voucherValueCents: t.voucherValueCents + r.voucherValueCents,
      coPaymentCents: t.coPaymentCents + r.coPaymentCents,
    }),
    { priceCents: 0, voucherValueCents: 0, coPaymentCents: 0 },
  );
  return { serviceId, from, to, rows, totals };
}
