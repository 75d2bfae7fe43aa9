import { refuse, type Result } from "../shared/errors";
import type { Cents } from "../shared/money";
import { formatEurosFi } from "../shared/money-format";

export type CreditAmountInput = {
  /** What the provider was paid for the event. */
  voucherValueCents: Cents;
  /** The sum of the event's earlier credits, as a positive amount. */
  creditedCents: Cents;
  /** Omitted: everything still uncredited. */
  requestedCents?: Cents | undefined;
};

/**
 * How much a credit takes from a settled event: at most what is still uncredited of its voucher
 * value, so an event is never credited for more than the provider received.
 */
export function decideCreditAmount(input: CreditAmountInput): Result<{ amountCents: Cents; remainingCents: Cents }> {
  const remaining = (input.voucherValueCents - input.creditedCents) as Cents;
  const amount = input.requestedCents ?? remaining;
  if (amount <= 0 || amount > remaining) {
    return refuse("CREDIT_EXCEEDS_EVENT", "amountCents", { max: formatEurosFi(remaining) });
  }
  return { ok: true, amountCents: amount, remainingCents: (remaining - amount) as Cents };
}
