export interface FailedDispatchEntry {
  dispatchId: string;
  invoiceId: string;
  invoiceNumber: string;
  reason: string | null;
  detail: string | null;
}

const str = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** The entries of a "dispatch_failed" alert (apps/worker/src/invoices/dispatch-failed.ts), read defensively: the payload is jsonb. */
export function failedDispatchesOf(payload: unknown): FailedDispatchEntry[] {
  const list = payload && typeof payload === "object" ? (payload as { dispatches?: unknown }).dispatches : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== "object") return [];
    const e = entry as Record<string, unknown>;
    const dispatchId = str(e.dispatchId);
    const invoiceId = str(e.invoiceId);
    if (!dispatchId || !invoiceId) return [];
    return [{ dispatchId, invoiceId, invoiceNumber: str(e.invoiceNumber) ?? "", reason: str(e.reason), detail: str(e.detail) }];
  });
}
