import { StatusBadge } from "@reskontra/ui";
import { useInvoiceText } from "./use-invoice-text";
import type { InvoiceStatus, Risk } from "./api-types";
import { RISK_LABEL, RISK_TONE, STATUS_LABEL, STATUS_TONE } from "./labels";

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useInvoiceText();
  return <StatusBadge tone={STATUS_TONE[status]}>{t(STATUS_LABEL[status])}</StatusBadge>;
}

export function RiskBadge({ risk }: { risk: Risk }) {
  const { t } = useInvoiceText();
  return <StatusBadge tone={RISK_TONE[risk]}>{t(RISK_LABEL[risk])}</StatusBadge>;
}
