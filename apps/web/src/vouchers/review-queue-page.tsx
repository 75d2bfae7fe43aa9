import { Alert, Button, Card, DateText, Field, formatDate, formatMoney, Money, Table } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "wouter";
import { refusalOf, useTRPC } from "../trpc";
import { EventStateBadge, ReviewReason } from "./state-badge";
import { useVoucherText } from "./texts";

/**
 * The organizer's review queue: approve, or reject with a reason; the automatic check can be run on
 * demand. Both decisions are final, so each first names the event, the client, the provider and the value.
 */
export function ReviewQueuePage({ organizerId }: { organizerId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { v, locale } = useVoucherText();
  // The home page's review count opens the queue without recorded events (`?recorded=0`), as it counts them.
  const [params] = useSearchParams();
  const [includeRecorded, setIncludeRecorded] = useState(params.get("recorded") !== "0");
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [approving, setApproving] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const queue = useQuery(trpc.vouchers.organizer.reviewQueue.queryOptions({ organizationId: organizerId, includeRecorded }));
  const refresh = () => queryClient.invalidateQueries(trpc.vouchers.organizer.pathFilter());
  const approve = useMutation(
    trpc.vouchers.organizer.approve.mutationOptions({
      onSuccess: async () => {
        setApproving(null);
        await refresh();
      },
    }),
  );
  const reject = useMutation(
    trpc.vouchers.organizer.reject.mutationOptions({
      onSuccess: async () => {
        setRejecting(null);
        setReason("");
        await refresh();
      },
    }),
  );
  const check = useMutation(trpc.vouchers.organizer.runCheck.mutationOptions({ onSuccess: refresh }));
  const error = approve.error ?? reject.error ?? check.error ?? queue.error;
  return (
    <Card
      title={v("review.title")}
      actions={
        <Button variant="secondary" disabled={check.isPending} onClick={() => check.mutate({ organizationId: organizerId })}>
          {v("review.runCheck")}
        </Button>
      }
    >
      <label className="voucher-check">
        <input type="checkbox" checked={includeRecorded} onChange={(e) => setIncludeRecorded(e.target.checked)} />{" "}
        {v("review.includeRecorded")}
      </label>
      {check.data ? <Alert tone="info">{v("review.checked", check.data)}</Alert> : null}
      {error ? <Alert>{refusalOf(error)?.message}</Alert> : null}
      <Table
        rows={queue.data ?? []}
        rowKey={(e) => e.id}
        rowTestId={(e) => `review-${e.clientName}-${e.eventDate}`}
        empty={queue.isPending ? v("loading") : v("review.empty")}
        columns={[
          { key: "date", header: v("col.date"), cell: (e) => <DateText date={e.eventDate} locale={locale} /> },
          { key: "provider", header: v("col.provider"), cell: (e) => e.providerName },
          { key: "client", header: v("col.client"), cell: (e) => e.clientName },
          { key: "voucher", header: v("col.voucher"), cell: (e) => e.voucherNumber },
          { key: "content", header: v("col.content"), cell: (e) => e.content },
          {
            key: "value",
            header: v("col.value"),
            align: "right",
            cell: (e) => <Money cents={e.voucherValueCents} locale={locale} />,
          },
          { key: "state", header: v("col.state"), cell: (e) => <EventStateBadge state={e.state} awaitingCredit={false} /> },
          { key: "reason", header: v("col.reason"), cell: (e) => <ReviewReason reason={e.reviewReason} /> },
          {
            key: "actions",
            header: v("col.actions"),
            cell: (e) => {
              const facts = {
                date: formatDate(e.eventDate, locale),
                client: e.clientName,
                provider: e.providerName,
                amount: formatMoney(e.voucherValueCents, locale),
              };
              if (rejecting === e.id) {
                return (
                  <form
                    className="voucher-inline"
                    aria-label={v("review.reject")}
                    onSubmit={(ev) => {
                      ev.preventDefault();
                      reject.mutate({ organizationId: organizerId, eventId: e.id, reason });
                    }}
                  >
                    <p className="voucher-confirm">{v("confirm.reject", facts)}</p>
                    <Field
                      label={v("review.rejectReason")}
                      value={reason}
                      onChange={(ev) => setReason(ev.target.value)}
                      required
                    />
                    <Button type="submit" variant="danger" disabled={reject.isPending}>
                      {v("review.confirmReject")}
                    </Button>
                    <Button variant="secondary" onClick={() => setRejecting(null)}>
                      {v("cancel")}
                    </Button>
                  </form>
                );
              }
              if (approving === e.id) {
                return (
                  <div className="voucher-inline" role="group" aria-label={v("review.approve")}>
                    <p className="voucher-confirm">{v("confirm.approve", facts)}</p>
                    <Button
                      disabled={approve.isPending}
                      onClick={() => approve.mutate({ organizationId: organizerId, eventId: e.id })}
                    >
                      {v("review.confirmApprove")}
                    </Button>
                    <Button variant="secondary" onClick={() => setApproving(null)}>
                      {v("cancel")}
                    </Button>
                  </div>
                );
              }
              return (
                <div className="voucher-actions">
                  <Button
                    onClick={() => {
                      setRejecting(null);
                      setApproving(e.id);
                    }}
                  >
                    {v("review.approve")}
                  </Button>
                  <Button
                    variant="danger"
                    onClick={() => {
                      setApproving(null);
                      setRejecting(e.id);
                    }}
                  >
                    {v("review.reject")}
                  </Button>
                </div>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
