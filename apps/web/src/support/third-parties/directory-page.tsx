import { Button, Card, Field, StatusBadge, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useLocation } from "wouter";
import { refusalOf, useTRPC, useTRPCClient } from "../../trpc";
import type { ThirdParty } from "./api-types";
import { useThirdPartyText } from "./texts";

/** The directory: every third party with its contact and topics, and a way into a ticket's triage. */
export function DirectoryPage() {
  const trpc = useTRPC();
  const { tt } = useThirdPartyText();
  const [includeInactive, setIncludeInactive] = useState(false);
  const list = useQuery(trpc.support.thirdParties.list.queryOptions({ includeInactive }));
  return (
    <>
      <Card
        title={tt("title")}
        actions={
          <Link href="/support/third-parties/new" className="rk-button rk-button--primary">
            {tt("list.new")}
          </Link>
        }
      >
        <label className="third-party-toggle">
          <input type="checkbox" checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} />{" "}
          {tt("list.showInactive")}
        </label>
        {list.data ? (
          <Table<ThirdParty>
            rows={list.data}
            rowKey={(p) => p.id}
            rowTestId={(p) => `third-party-${p.id}`}
            empty={tt("list.empty")}
            columns={[
              {
                key: "name",
                header: tt("col.name"),
                cell: (p) => <Link href={`/support/third-parties/${p.id}`}>{p.name}</Link>,
              },
              { key: "kind", header: tt("col.kind"), cell: (p) => tt(`kind.${p.kind}`) },
              {
                key: "contact",
                header: tt("col.contact"),
                cell: (p) => [p.phone, p.email].filter(Boolean).join(" · "),
              },
              { key: "topics", header: tt("col.topics"), cell: (p) => p.topics.map((t) => t.titleFi).join("; ") },
              {
                key: "status",
                header: tt("col.status"),
                cell: (p) => (
                  <StatusBadge tone={p.active ? "success" : "neutral"}>
                    {tt(p.active ? "status.active" : "status.inactive")}
                  </StatusBadge>
                ),
              },
            ]}
          />
        ) : (
          <p role="status">{tt("loading")}</p>
        )}
      </Card>
      <FindTicket />
    </>
  );
}

/** An agent types a ticket number and lands on its triage. */
function FindTicket() {
  const client = useTRPCClient();
  const { tt } = useThirdPartyText();
  const [, navigate] = useLocation();
  const [number, setNumber] = useState("");
  const [error, setError] = useState<string | undefined>();
  const open = async () => {
    setError(undefined);
    try {
      const { id } = await client.support.thirdParties.findTicket.query({ number: Number(number.replace(/\D/g, "")) });
      navigate(`/support/third-parties/tickets/${id}`);
    } catch (e) {
      setError(refusalOf(e)?.message);
    }
  };
  return (
    <Card title={tt("find.title")}>
      <form
        className="third-party-find"
        onSubmit={(e) => {
          e.preventDefault();
          void open();
        }}
      >
        <Field
          label={tt("find.label")}
          inputMode="numeric"
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          error={error}
        />
        <Button type="submit">{tt("find.open")}</Button>
      </form>
    </Card>
  );
}
