import { Alert, Button, formatDate } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "wouter";
import { useInvoiceText } from "./use-invoice-text";
import { useTRPC } from "../trpc";
import { failedDispatchesOf } from "./failed-dispatch-alert";
import { dispatchFailureText } from "@reskontra/domain";

function countOf(payload: unknown): number {
  if (payload && typeof payload === "object") {
    const lists = Object.values(payload).filter(Array.isArray);
    return lists.reduce((sum, list) => sum + list.length, 0);
  }
  return 0;
}

/** Alert kinds with their own text, and the page where each is seen to (the support desk's alerts). */
const KNOWN = {
  deadline_missed: null,
  dispatch_uncertain: null,
  dispatch_failed: null,
  support_sla_breach: { to: "/support/workspace", label: "alerts.support_sla_breach.open" },
  support_callback_late: { to: "/support/phone", label: "alerts.support_callback_late.open" },
} as const;
type KnownKind = keyof typeof KNOWN;
const isKnown = (kind: string): kind is KnownKind => Object.hasOwn(KNOWN, kind);

/**
 * Open alerts for customer service: missed same-day deadlines, deliveries of unknown outcome, support
 * requests past their SLA target and promised callbacks running late.
 */
export function AlertsPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useInvoiceText();
  const alerts = useQuery({ ...trpc.notifications.alerts.queryOptions(), refetchInterval: 60_000 });
  const resolve = useMutation(
    trpc.notifications.resolveAlert.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.alerts.queryKey() }),
    }),
  );
  if (!alerts.data?.length) return null;
  return (
    <section aria-label={t("alerts.title")} data-testid="alerts-panel">
      {alerts.data.map((a) => {
        const params = { date: formatDate(a.businessDate, locale), count: countOf(a.payload), kind: a.kind };
        const known = isKnown(a.kind) ? a.kind : null;
        const text = known ? t(`alerts.${known}`, params) : t("alerts.other", params);
        const page = known ? KNOWN[known] : null;
        const failed = a.kind === "dispatch_failed" ? failedDispatchesOf(a.payload) : [];
        return (
          <Alert key={`${a.kind}-${a.businessDate}`} tone="error">
            {text}{" "}
            {failed.length > 0 ? (
              <ul data-testid="failed-dispatches">
                {failed.map((f) => (
                  <li key={f.dispatchId}>
                    <Link to={`/invoices/${f.invoiceId}`}>
                      {t("alerts.dispatch_failed.entry", {
                        number: f.invoiceNumber,
                        reason: dispatchFailureText(f.reason, locale, f.detail),
                      })}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
            {page ? (
              <>
                <Link to={page.to}>{t(page.label)}</Link>{" "}
              </>
            ) : null}
            <Button variant="secondary" onClick={() => resolve.mutate({ kind: a.kind, businessDate: a.businessDate })}>
              {t("alerts.resolve")}
            </Button>
          </Alert>
        );
      })}
    </section>
  );
}
