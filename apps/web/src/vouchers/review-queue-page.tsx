import { Alert, Button, Card, DateText, Field, Money, Table } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { refusalOf, useTRPC } from "../trpc";
import { EventStateBadge, ReviewReason } from "./state-badge";
import { useVoucherText } from "./texts";

/** The organizer's review queue: approve, or reject with a reason; the automatic check can be run on demand. */
export function ReviewQueuePage({ organizerId }: { organizerId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { v, locale } = useVoucherText();
  const [includeRecorded, setIncludeRecorded] = useState(true);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const queue = useQuery(trpc.vouchers.organizer.reviewQueue.queryOptions({ organizationId: organizerId, includeRecorded }));
  const refresh = () => queryClient.invalidateQueries(trpc.vouchers.organizer.pathFilter());
  const approve = useMutation(trpc.vouchers.organizer.approve.mutationOptions({ onSuccess: refresh }));
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
            cell: (e) =>
              rejecting === e.id ? (
                <form
                  className="voucher-inline"
                  onSubmit={(ev) => {
                    ev.preventDefault();
                    reject.mutate({ organizationId: organizerId, eventId: e.id, reason });
                  }}
                >
                  <Field label={v("review.rejectReason")} value={reason} onChange={(ev) => setReason(ev.target.value)} required />
                  <Button type="submit" variant="danger" disabled={reject.isPending}>
                    {v("review.confirmReject")}
                  </Button>
                  <Button variant="secondary" onClick={() => setRejecting(null)}>
                    {v("cancel")}
                  </Button>
                </form>
              ) : (
                <div className="voucher-actions">
                  <Button
                    disabled={approve.isPending}
                    onClick={() => approve.mutate({ organizationId: organizerId, eventId: e.id })}
                  >
                    {v("review.approve")}
                  </Button>
                  <Button variant="danger" onClick={() => setRejecting(e.id)}>
                    {v("review.reject")}
                  </Button>
                </div>
              ),
          },
        ]}
      />
    </Card>
  );
}
