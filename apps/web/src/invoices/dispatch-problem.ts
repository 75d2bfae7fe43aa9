import { dispatchFailureText } from "@reskontra/domain";
import type { Locale } from "@reskontra/ui";
import type { DispatchStatus } from "./api-types";
import type { InvoiceMessageKey } from "./messages";

export interface DispatchProblem {
  status: DispatchStatus | null;
  failureReason: string | null;
  failureDetail: string | null;
  /** The worker's technical message; never shown, only tells that a retry is pending. */
  lastError?: string | null;
}

/**
 * What went wrong with a delivery, in the reader's language: the reason a failed one failed, what to do
 * about an uncertain one, or that a temporary fault is being retried. Never the worker's own message.
 */
export function dispatchProblemText(d: DispatchProblem, t: (key: InvoiceMessageKey) => string, locale: Locale): string {
  switch (d.status) {
    case "failed":
      return dispatchFailureText(d.failureReason, locale, d.failureDetail);
    case "uncertain":
      return t("disp.uncertainHint");
    case "queued":
      return d.lastError ? t("disp.retrying") : "";
    case "sent":
    case null:
      return "";
  }
}
