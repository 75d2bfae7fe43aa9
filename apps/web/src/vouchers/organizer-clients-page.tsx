import { Alert, Button, Card, Field, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useLocation } from "wouter";
import { refusalOf, useTRPC } from "../trpc";
import { ClientCreateForm } from "./client-create-form";
import { useVoucherText } from "./texts";

/** The organizer's clients: find one of the county's clients or register a new one. */
export function OrganizerClientsPage({ organizerId }: { organizerId: string }) {
  const trpc = useTRPC();
  const { v } = useVoucherText();
  const [, navigate] = useLocation();
  const [typed, setTyped] = useState("");
  const [query, setQuery] = useState("");
  const search = useQuery(
    trpc.vouchers.organizer.clients.queryOptions({ organizationId: organizerId, query }, { enabled: query.length >= 2 }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQuery(typed.trim());
  };
  return (
    <>
      <Card title={v("tabs.admin")}>
        <form onSubmit={submit} className="voucher-search">
          <Field label={v("admin.search")} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
          <Button type="submit">{v("search.submit")}</Button>
        </form>
        {search.error ? <Alert>{refusalOf(search.error)?.message}</Alert> : null}
        {search.data ? (
          <Table
            rows={search.data}
            rowKey={(c) => c.id}
            rowTestId={(c) => `org-client-${c.name}`}
            empty={v("search.empty")}
            columns={[
              {
                key: "name",
                header: v("col.name"),
                cell: (c) => <Link to={`/vouchers/admin/clients/${c.id}`}>{c.name}</Link>,
              },
              { key: "hetu", header: v("col.hetu"), cell: (c) => c.hetuMasked },
              {
                key: "events",
                header: v("client.tab.events"),
                cell: (c) => <Link to={`/vouchers/admin/clients/${c.id}?tab=events`}>{v("search.eventsLink")}</Link>,
              },
            ]}
          />
        ) : null}
      </Card>
      <Card title={v("admin.newClient")}>
        <ClientCreateForm organizerId={organizerId} onCreated={(id) => navigate(`/vouchers/admin/clients/${id}`)} />
      </Card>
    </>
  );
}
