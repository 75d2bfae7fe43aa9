/**
 * What the voucher PDFs print. Built from the database by the api or a job; never carries a
 * personal identity code: clients appear by name, the provider's customer number and the voucher number.
 */
export interface SettlementStatementDocument {
  language: "fi" | "en";
  organizerName: string;
  providerName: string;
  providerBusinessId: string | null;
  period: string;
  runDate: string;
  events: {
    date: string;
    voucherNumber: string;
    clientName: string;
    customerNumber: string | null;
    content: string;
    voucherValueCents: number;
  }[];
  credits: { eventDate: string; voucherNumber: string; reasonCode: string; explanation: string; amountCents: number }[];
  approvedCents: number;
  creditCents: number;
  carriedInCents: number;
  payableCents: number;
  carriedOutCents: number;
  paidOn: string | null;
}

export interface CoPaymentStatementDocument {
  language: "fi" | "en";
  providerName: string;
  clientName: string;
  customerNumber: string | null;
  serviceName: string;
  from: string;
  to: string;
  printedOn: string;
  rows: {
    date: string;
    state: string;
    content: string;
    voucherNumber: string;
    priceCents: number;
    voucherValueCents: number;
    coPaymentCents: number;
  }[];
  totals: { priceCents: number; voucherValueCents: number; coPaymentCents: number };
}
