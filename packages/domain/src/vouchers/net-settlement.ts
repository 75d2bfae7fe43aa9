import { DomainError } from "../shared/errors";
import type { Cents } from "../shared/money";

export type NetSettlementInput = {
  /** Approved events settled this month, each ≥ 0. */
  approvedCents: readonly number[];
  /** Credits executed this month as positive magnitudes (the credit row itself is negative). */
  creditCents: readonly number[];
  /** Credit that earlier months could not absorb, ≥ 0. */
  carriedCreditCents: number;
};

export type NetSettlement = { payableCents: Cents; carriedCreditCents: Cents };

function checkAmounts(values: readonly number[], field: string): number {
  let total = 0;
  values.forEach((v, i) => {
    if (!Number.isSafeInteger(v) || v < 0) throw new DomainError("AMOUNT_INVALID", { field: `${field}.${i}` });
    total += v;
  });
  return total;
}

/**
 * Credit netting (DESIGN.md §2): credits are deducted in the next settlement;
 * what a month cannot absorb carries forward, so nothing is paid twice and a
 * payout is never negative.
 */
export function netSettlement(input: NetSettlementInput): NetSettlement {
  const approved = checkAmounts(input.approvedCents, "approvedCents");
  const credits = checkAmounts(input.creditCents, "creditCents");
  const carried = input.carriedCreditCents;
  if (!Number.isSafeInteger(carried) || carried < 0) {
    throw new DomainError("AMOUNT_INVALID", { field: "carriedCreditCents" });
  }
  const deductible = credits + carried;
  return {
    payableCents: Math.max(0, approved - deductible) as Cents,
    carriedCreditCents: Math.max(0, deductible - approved) as Cents,
  };
}
