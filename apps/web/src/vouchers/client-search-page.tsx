import { Alert, Button, Card, Field, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "wouter";
import { refusalOf, useTRPC } from "../trpc";
import { useVoucherText } from "./texts";

export function ClientSearchPage({ providerId }: { providerId: string }) {
  const trpc = useTRPC();
  const { v } = useVoucherText();
  const [typed, setTyped] = useState("");
  const [query, setQuery] = useState("");
  const search = useQuery(
    trpc.vouchers.provider.searchClients.queryOptions({ organizationId: providerId, query }, { enabled: query.length >= 2 }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQuery(typed.trim());
  };
  return (
    <Card title={v("search.title")}>
      <form onSubmit={submit} className="voucher-search">
        <Field
          label={v("search.label")}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          hint={v("search.hint")}
          autoComplete="off"
        />
        <Button type="submit">{v("search.submit")}</Button>
      </form>
      {search.error ? <Alert>{refusalOf(search.error)?.message}</Alert> : null}
      {search.data ? (
        <>
          <p className="rk-hint">{v(`search.kind.${search.data.kind}`)}</p>
          <Table
            rows={search.data.hits}
            rowKey={(c) => c.id}
            rowTestId={(c) => `client-${c.name}`}
            empty={v("search.empty")}
            columns={[
              { key: "name", header: v("col.name"), cell: (c) => <Link to={`/vouchers/clients/${c.id}`}>{c.name}</Link> },
              { key: "hetu", header: v("col.hetu"), cell: (c) => c.hetuMasked },
              { key: "number", header: v("col.customerNumber"), cell: (c) => c.customerNumber ?? "–" },
              {
                key: "events",
                header: v("client.tab.events"),
                cell: (c) => <Link to={`/vouchers/clients/${c.id}?tab=events`}>{v("search.eventsLink")}</Link>,
              },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
