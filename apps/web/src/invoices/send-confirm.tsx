import { countryName, formatDate, formatMoney } from "@reskontra/domain";
import { Button, Card } from "@reskontra/ui";
import type { InvoiceMessageKey } from "./messages";
import type { DeliveryMethod, UnsentInvoice } from "./api-types";
import { useInvoiceText } from "./use-invoice-text";

type Recipient = NonNullable<UnsentInvoice["recipient"]>;

/** What a send does, before it does it: channel and recipient, the invoice, and that it cannot be recalled. */
export function SendConfirm({
  invoice,
  busy,
  onConfirm,
  onCancel,
}: {
  invoice: {
    invoiceNumber: string | null;
    customerName: string;
    deliveryMethod: DeliveryMethod;
    grossCents: number;
    dueDate: string;
    recipient: Recipient | null;
  };
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, locale } = useInvoiceText();
  const r = invoice.recipient;
  const name = r?.name ?? invoice.customerName;
  const address = r
    ? [
        r.street,
        `${r.postalCode} ${r.city}`.trim(),
        r.countryCode === "FI" ? "" : (countryName(r.countryCode, locale) ?? r.countryCode),
      ]
        .filter(Boolean)
        .join(", ")
    : "–";
  const channel: Record<DeliveryMethod, [InvoiceMessageKey, Record<string, string>]> = {
    post: ["send.confirm.post", { address: `${name}, ${address}` }],
    email: ["send.confirm.email", { email: r?.email ?? "–" }],
    einvoice: ["send.confirm.einvoice", { address: r?.einvoiceAddress ?? "–", operator: r?.einvoiceOperator ?? "–" }],
  };
  const [key, params] = channel[invoice.deliveryMethod];
  return (
    <Card title={t("send.confirm.title", { number: invoice.invoiceNumber ?? "", customer: name })}>
      <div
        role="alertdialog"
        aria-label={t("send.confirm.title", { number: invoice.invoiceNumber ?? "", customer: name })}
        data-testid="send-confirm"
      >
        <p data-testid="send-confirm-channel">{t(key, params)}</p>
        <p>
          {t("send.confirm.amount", {
            amount: formatMoney(invoice.grossCents, locale),
            date: formatDate(invoice.dueDate, locale),
          })}
        </p>
        <p className="rk-hint">{t("send.confirm.final")}</p>
        <div className="invoice-actions">
          <Button disabled={busy} onClick={onConfirm}>
            {t("send.confirm.yes")}
          </Button>
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the question opens on the user's click; the safe answer takes focus */}
          <Button variant="secondary" autoFocus onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </div>
      </div>
    </Card>
  );
}
