import { Alert, Card, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "wouter";
import { matchesParam } from "../shell/list-filters";
import { useInvoiceText } from "./use-invoice-text";
import { refusalOf, useTRPC } from "../trpc";
import type { InvoiceSummary } from "./api-types";
import { useSummaryColumns } from "./invoice-columns";

/** The user's own invoices, newest first, each with its state. */
export function MyInvoicesPage({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const { t } = useInvoiceText();
  const [params] = useSearchParams();
  const invoices = useQuery(trpc.invoices.mine.queryOptions({ organizationId }));
  const columns = useSummaryColumns<InvoiceSummary>([
    "number",
    "customer",
    "issueDate",
    "dueDate",
    "delivery",
    "amount",
    "status",
  ]);
  return (
    <Card
      title={t("inv.tab.mine")}
      actions={
        <Link className="rk-button rk-button--primary" to="/invoices/new">
          {t("inv.new")}
        </Link>
      }
    >
      {invoices.error ? <Alert>{refusalOf(invoices.error)?.message}</Alert> : null}
      {invoices.data ? (
        <Table<InvoiceSummary>
          rows={invoices.data.filter((i) => matchesParam(i.status, params.get("status")))}
          rowKey={(i) => i.id}
          rowTestId={(i) => `my-invoice-row-${i.invoiceNumber ?? i.id}`}
          columns={columns}
          empty={t("inv.mine.empty")}
        />
      ) : (
        <p>{t("loading")}</p>
      )}
    </Card>
  );
}
