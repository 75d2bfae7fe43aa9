import { Alert, Button, Card, DateTimeText, StatusBadge, Table, type Column } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "wouter";
import { inRiskGroup } from "../shell/list-filters";
import { useInvoiceText } from "./use-invoice-text";
import { refusalOf, useTRPC } from "../trpc";
import { AlertsPanel } from "./alerts-panel";
import type { UnsentInvoice } from "./api-types";
import { InvoiceStatusBadge, RiskBadge } from "./badges";
import { dispatchProblemText } from "./dispatch-problem";
import { useSummaryColumns } from "./invoice-columns";
import { ReturnForCorrectionForm } from "./return-for-correction-form";
import { SendConfirm } from "./send-confirm";

/**
 * "Lähettämättömät laskut": every submitted invoice of every user, most urgent deadline first
 * (the server sorts). A sent invoice stays here until the worker has delivered it, so the rows
 * sent from this screen are marked queued and the list refreshes until they leave it.
 */
export function UnsentQueuePage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useInvoiceText();
  const [params] = useSearchParams();
  const [queuedIds, setQueuedIds] = useState<ReadonlySet<string>>(new Set());
  const [returning, setReturning] = useState<UnsentInvoice | null>(null);
  // Sending cannot be undone: the button opens the question naming channel and recipient first.
  const [confirming, setConfirming] = useState<UnsentInvoice | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const queue = useQuery({
    ...trpc.invoices.unsent.queryOptions(),
    refetchInterval: (query) =>
      query.state.data?.some((i) => i.dispatchStatus === "queued" || queuedIds.has(i.id)) ? 2000 : 30_000,
  });
  const send = useMutation(
    trpc.invoices.send.mutationOptions({
      onSuccess: async (_dispatch, input) => {
        setQueuedIds((ids) => new Set([...ids, input.invoiceId]));
        const number = queue.data?.find((i) => i.id === input.invoiceId)?.invoiceNumber ?? "";
        setNotice(t("unsent.sent", { number }));
        await queryClient.invalidateQueries(trpc.invoices.pathFilter());
      },
    }),
  );
  // The server knows a dispatch is on its way; the local mark covers the moment before the refetch.
  const isQueued = (i: UnsentInvoice) =>
    i.status === "submitted" && (i.dispatchStatus === "queued" || (i.dispatchStatus === null && queuedIds.has(i.id)));
  const base = useSummaryColumns<UnsentInvoice>(["number", "user", "customer", "delivery", "amount"]);
  const columns: Column<UnsentInvoice>[] = [
    {
      key: "deadline",
      header: t("inv.col.deadline"),
      cell: (i) => (i.deadlineAt ? <DateTimeText instant={i.deadlineAt} locale={locale} /> : "–"),
    },
    { key: "risk", header: t("inv.col.risk"), cell: (i) => (i.status === "submitted" ? <RiskBadge risk={i.risk} /> : null) },
    ...base,
    {
      key: "status",
      header: t("inv.col.status"),
      cell: (i) =>
        isQueued(i) ? (
          <StatusBadge tone="info">{t("disp.status.queued")}</StatusBadge>
        ) : i.status === "submitted" && (i.dispatchStatus === "failed" || i.dispatchStatus === "uncertain") ? (
          // The last attempt needs a person: failed (with its reason) or of unknown outcome (check first).
          <>
            <StatusBadge tone="danger">{t(`disp.status.${i.dispatchStatus}`)}</StatusBadge>
            <br />
            <small className="rk-hint" data-testid="dispatch-problem">
              {dispatchProblemText({ ...i, status: i.dispatchStatus }, t, locale)}
            </small>
          </>
        ) : (
          <InvoiceStatusBadge status={i.status} />
        ),
    },
    {
      key: "actions",
      header: t("inv.col.actions"),
      cell: (i) =>
        i.status === "submitted" ? (
          <span className="invoice-actions">
            <Button
              disabled={isQueued(i) || (send.isPending && send.variables.invoiceId === i.id)}
              onClick={() => setConfirming(i)}
            >
              {t("unsent.send")}
            </Button>
            <Button variant="secondary" disabled={isQueued(i)} onClick={() => setReturning(i)}>
              {t("unsent.return")}
            </Button>
          </span>
        ) : (
          <span className="rk-hint">{t("unsent.waiting")}</span>
        ),
    },
  ];

  return (
    <>
      <AlertsPanel />
      {confirming ? (
        <SendConfirm
          key={confirming.id}
          invoice={confirming}
          busy={send.isPending}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            send.mutate({ invoiceId: confirming.id });
            setConfirming(null);
          }}
        />
      ) : null}
      {returning ? (
        <ReturnForCorrectionForm
          invoiceId={returning.id}
          invoiceNumber={returning.invoiceNumber ?? ""}
          onCancel={() => setReturning(null)}
          onDone={(message) => {
            setReturning(null);
            setNotice(message);
          }}
        />
      ) : null}
      <Card title={t("inv.tab.unsent")}>
        <p className="rk-hint">{t("unsent.hint")}</p>
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        {send.error ? <Alert>{refusalOf(send.error)?.message}</Alert> : null}
        {queue.error ? <Alert>{refusalOf(queue.error)?.message}</Alert> : null}
        {queue.data ? (
          <Table<UnsentInvoice>
            rows={queue.data.filter((i) => inRiskGroup(i, params.get("risk")))}
            rowKey={(i) => i.id}
            rowTestId={(i) => `unsent-row-${i.invoiceNumber ?? i.id}`}
            columns={columns}
            empty={t("unsent.empty")}
          />
        ) : (
          <p>{t("loading")}</p>
        )}
      </Card>
    </>
  );
}
