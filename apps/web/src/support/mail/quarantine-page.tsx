import { Alert, Card, DateTimeText, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { useTRPC } from "../../trpc";
import { useSupportRoles } from "../support-roles";
import { reasonKey, useMailText } from "./texts";

/** The quarantined mail of the support mailboxes, newest first. */
export function QuarantinePage() {
  const trpc = useTRPC();
  const { mt, locale } = useMailText();
  const roles = useSupportRoles();
  const agent = roles.agentOrganizationId !== null;
  const list = useQuery({ ...trpc.support.mail.list.queryOptions({ status: "quarantined" }), enabled: agent });
  if (!agent) return <Alert tone="info">{mt("notAgent")}</Alert>;
  return (
    <Card title={mt("title")}>
      <p>{mt("intro")}</p>
      {list.error ? <Alert>{list.error.message}</Alert> : null}
      {!list.data ? (
        <p>{mt("loading")}</p>
      ) : (
        <Table
          rows={list.data}
          rowKey={(m) => m.id}
          rowTestId={(m) => m.subject ?? m.id}
          empty={mt("empty")}
          columns={[
            { key: "received", header: mt("col.received"), cell: (m) => <DateTimeText instant={m.receivedAt} locale={locale} /> },
            { key: "from", header: mt("col.from"), cell: (m) => m.fromAddress ?? mt("noSender") },
            {
              key: "subject",
              header: mt("col.subject"),
              cell: (m) => <Link href={`/support/mail/${m.id}`}>{m.subject || mt("noSubject")}</Link>,
            },
            { key: "mailbox", header: mt("col.mailbox"), cell: (m) => m.mailboxAddress },
            { key: "reason", header: mt("col.reason"), cell: (m) => mt(reasonKey(m.reason)) },
          ]}
        />
      )}
    </Card>
  );
}
