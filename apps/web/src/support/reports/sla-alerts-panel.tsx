import { Alert, Button, formatDate } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../trpc";
import { useReportText } from "./texts";

/** The alert kind the SLA sweep files (apps/worker/src/support/reports-sla-sweep.ts). */
const SLA_BREACH_ALERT_KIND = "support_sla_breach";

type Breach = { ticketId: string; number: number; target: "first_response" | "resolution" };

function breachesOf(payload: unknown): Breach[] {
  if (typeof payload !== "object" || payload === null || !("tickets" in payload) || !Array.isArray(payload.tickets)) return [];
  return payload.tickets.filter(
    (t: unknown): t is Breach => typeof t === "object" && t !== null && "number" in t && "target" in t && "ticketId" in t,
  );
}

/**
 * Open SLA alerts for agents: the requests whose first-response or resolution target ran out, per
 * day, each breach listed once; an agent acknowledges a day's alert when it has been seen to.
 */
export function SlaAlertsPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { rt, locale } = useReportText();
  const alerts = useQuery({ ...trpc.notifications.alerts.queryOptions(), refetchInterval: 60_000 });
  const resolve = useMutation(
    trpc.notifications.resolveAlert.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.alerts.queryKey() }),
    }),
  );
  const sla = (alerts.data ?? []).filter((a) => a.kind === SLA_BREACH_ALERT_KIND);
  if (sla.length === 0) return null;
  return (
    <section aria-label={rt("sla.title")} data-testid="sla-alerts">
      {sla.map((a) => (
        <Alert key={a.businessDate} tone="error">
          {rt("sla.day", { date: formatDate(a.businessDate, locale) })}{" "}
          {breachesOf(a.payload)
            .map((b) => rt(b.target === "first_response" ? "sla.firstResponse" : "sla.resolution", { number: b.number }))
            .join(", ")}{" "}
          <Button variant="secondary" onClick={() => resolve.mutate({ kind: a.kind, businessDate: a.businessDate })}>
            {rt("sla.resolve")}
          </Button>
        </Alert>
      ))}
    </section>
  );
}
