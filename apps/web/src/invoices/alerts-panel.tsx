import { Alert, Button, formatDate } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useInvoiceText } from "./use-invoice-text";
import { useTRPC } from "../trpc";

function countOf(payload: unknown): number {
  if (payload && typeof payload === "object") {
    const lists = Object.values(payload).filter(Array.isArray);
    return lists.reduce((sum, list) => sum + list.length, 0);
  }
  return 0;
}

/** Open alerts for customer service: missed same-day deadlines and deliveries of unknown outcome. */
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
        const text =
          a.kind === "deadline_missed"
            ? t("alerts.deadline_missed", params)
            : a.kind === "dispatch_uncertain"
              ? t("alerts.dispatch_uncertain", params)
              : t("alerts.other", params);
        return (
          <Alert key={`${a.kind}-${a.businessDate}`} tone="error">
            {text}{" "}
            <Button variant="secondary" onClick={() => resolve.mutate({ kind: a.kind, businessDate: a.businessDate })}>
              {t("alerts.resolve")}
            </Button>
          </Alert>
        );
      })}
    </section>
  );
}
