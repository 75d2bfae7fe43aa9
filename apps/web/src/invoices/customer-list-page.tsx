import { Alert, Card, Field, Table } from "@reskontra/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { useInvoiceText } from "./use-invoice-text";
import { refusalOf, useTRPC } from "../trpc";
import type { Customer } from "./api-types";

export function CustomerListPage({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const { t } = useInvoiceText();
  const [query, setQuery] = useState("");
  const customers = useQuery({
    ...trpc.customers.list.queryOptions({ organizationId, query: query.trim() || undefined }),
    // Keeps the list on screen while the next search result loads.
    placeholderData: keepPreviousData,
  });
  return (
    <Card
      title={t("cust.title")}
      actions={
        <Link className="rk-button rk-button--primary" to="/invoices/customers/new">
          {t("cust.new")}
        </Link>
      }
    >
      <Field label={t("cust.search")} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      {customers.error ? <Alert>{refusalOf(customers.error)?.message}</Alert> : null}
      {customers.data ? (
        <Table<Customer>
          rows={customers.data}
          rowKey={(c) => c.id}
          empty={t("cust.empty")}
          columns={[
            { key: "number", header: t("cust.customerNumber"), cell: (c) => c.customerNumber },
            { key: "name", header: t("cust.name"), cell: (c) => <Link to={`/invoices/customers/${c.id}`}>{c.name}</Link> },
            { key: "kind", header: t("cust.kind"), cell: (c) => t(c.isPerson ? "cust.kind.person" : "cust.kind.business") },
            {
              key: "address",
              header: t("cust.address"),
              cell: (c) => `${c.street}, ${c.postalCode} ${c.city}, ${c.countryCode}`,
            },
            { key: "email", header: t("cust.email"), cell: (c) => c.email ?? "" },
            { key: "einvoice", header: t("cust.einvoiceAddress"), cell: (c) => c.einvoiceAddress ?? "" },
          ]}
        />
      ) : (
        <p>{t("loading")}</p>
      )}
    </Card>
  );
}
