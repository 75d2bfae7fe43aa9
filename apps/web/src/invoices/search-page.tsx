import { Alert, Button, Card, Field, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useSearchParams } from "wouter";
import { useInvoiceText } from "./use-invoice-text";
import { refusalOf, useTRPC } from "../trpc";
import type { InvoiceSummary } from "./api-types";
import { useSummaryColumns } from "./invoice-columns";

/** Search by reference prefix (100102* or 100102%), invoice number or customer name; the query lives in the URL. */
export function SearchPage() {
  const trpc = useTRPC();
  const { t } = useInvoiceText();
  const [params, setParams] = useSearchParams();
  const query = params.get("q")?.trim() ?? "";
  const [text, setText] = useState(query);
  const results = useQuery({ ...trpc.invoices.search.queryOptions({ query }), enabled: query.length > 0 });
  const columns = useSummaryColumns<InvoiceSummary>([
    "number",
    "reference",
    "user",
    "customer",
    "issueDate",
    "dueDate",
    "amount",
    "status",
  ]);

  function submit(e: FormEvent) {
    e.preventDefault();
    setParams(text.trim() ? { q: text.trim() } : {});
  }

  return (
    <Card title={t("inv.tab.search")}>
      <form className="invoice-search" onSubmit={submit} role="search">
        <Field
          label={t("search.label")}
          hint={t("search.hint")}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Button type="submit">{t("search.submit")}</Button>
      </form>
      {results.error ? <Alert>{refusalOf(results.error)?.message}</Alert> : null}
      {query && results.data ? (
        <Table<InvoiceSummary>
          rows={results.data}
          rowKey={(i) => i.id}
          rowTestId={(i) => `search-row-${i.invoiceNumber ?? i.id}`}
          columns={columns}
          empty={t("search.empty")}
        />
      ) : null}
      {query && results.isPending ? <p>{t("loading")}</p> : null}
    </Card>
  );
}
