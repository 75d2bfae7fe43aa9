import { coPayment, divideRoundHalfUp } from "@reskontra/domain";

export interface EventAmounts {
  priceCents: number;
  voucherValueCents: number;
  coPaymentCents: number;
}

/**
 * An event's money: price = units × the provider's unit price; the voucher pays units × the
 * voucher's unit value but never more than the price; the client pays the rest (co-payment).
 * Units are thousandths, so 1,5 h is exact; rounding is half away from zero, once.
 */
export function priceEvent(input: { unitsMilli: number; unitPriceCents: number; unitValueCents: number }): EventAmounts {
  const units = BigInt(input.unitsMilli);
  const priceCents = Number(divideRoundHalfUp(units * BigInt(input.unitPriceCents), 1000n));
  const fullValue = Number(divideRoundHalfUp(units * BigInt(input.unitValueCents), 1000n));
  const voucherValueCents = Math.min(priceCents, fullValue);
  return { priceCents, voucherValueCents, coPaymentCents: coPayment(priceCents, voucherValueCents) };
}
