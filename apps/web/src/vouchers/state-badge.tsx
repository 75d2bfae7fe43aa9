import type { VoucherTextKey } from "./texts";
import { useVoucherText } from "./texts";

const STATE_KEYS: Record<string, VoucherTextKey> = {
  recorded: "state.recorded",
  under_review: "state.under_review",
  approved: "state.approved",
  rejected: "state.rejected",
  settled: "state.settled",
  paid: "state.paid",
};

export function EventStateBadge({ state, awaitingCredit }: { state: string; awaitingCredit: boolean }) {
  const { v } = useVoucherText();
  const key = STATE_KEYS[state];
  return (
    <span className={`voucher-state voucher-state--${state}`} data-testid="event-state">
      {key ? v(key) : state}
      {awaitingCredit ? <em className="voucher-awaiting"> · {v("events.awaitingCredit")}</em> : null}
    </span>
  );
}

const REASON_KEYS: Record<string, VoucherTextKey> = {
  over_balance: "reason.over_balance",
  outside_validity: "reason.outside_validity",
  manual: "reason.manual",
  overlap: "reason.overlap",
  exceeds_slot: "reason.exceeds_slot",
};

export function ReviewReason({ reason }: { reason: string | null }) {
  const { v } = useVoucherText();
  if (!reason) return null;
  const key = REASON_KEYS[reason];
  return <span>{key ? v(key) : reason}</span>;
}
