import { Alert, Card, DateText, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "wouter";
import { refusalOf, useTRPC } from "../trpc";
import { BookingForm } from "./booking-form";
import { CreditableEventSearch } from "./organizer-events-page";
import { PowerGrantForm } from "./power-grant-form";
import { RightGrantForm } from "./right-grant-form";
import { useVoucherText } from "./texts";
import { useTabParam, VoucherTabs, type VoucherTab } from "./voucher-tabs";

const TABS: VoucherTab[] = [
  { id: "details", label: "orgClient.tab.details" },
  { id: "events", label: "orgClient.tab.events" },
];

/**
 * One of the county's clients for the organizer, in two tabs: the details (the full identity code,
 * which its role needs; powers; the grant and booking forms) and the client's own events.
 */
export function OrganizerClientPage({ organizerId }: { organizerId: string }) {
  const trpc = useTRPC();
  const { v } = useVoucherText();
  const clientId = useParams().clientId ?? "";
  const [tab, setTab] = useTabParam(TABS, "details");
  const client = useQuery(trpc.vouchers.organizer.client.queryOptions({ organizationId: organizerId, clientId }));
  if (client.error) return <Alert>{refusalOf(client.error)?.message}</Alert>;
  if (!client.data) return <p>{v("loading")}</p>;
  return (
    <Card title={client.data.name} actions={<Link to="/vouchers/admin/clients">{v("orgClient.back")}</Link>}>
      <VoucherTabs tabs={TABS} current={tab} onSelect={setTab} label={v("client.tabs")}>
        {tab === "events" ? (
          <CreditableEventSearch organizerId={organizerId} clientId={clientId} />
        ) : (
          <ClientDetails organizerId={organizerId} clientId={clientId} hetu={client.data.hetu} />
        )}
      </VoucherTabs>
    </Card>
  );
}

function ClientDetails({ organizerId, clientId, hetu }: { organizerId: string; clientId: string; hetu: string }) {
  const trpc = useTRPC();
  const { v, locale } = useVoucherText();
  const powers = useQuery(trpc.vouchers.organizer.clientPowers.queryOptions({ organizationId: organizerId, clientId }));
  return (
    <>
      <section>
        <p>
          {v("admin.hetu")}: {hetu}
        </p>
        <h3>{v("admin.powers")}</h3>
        <Table
          rows={powers.data ?? []}
          rowKey={(p) => p.id}
          empty="–"
          columns={[
            { key: "number", header: v("admin.voucherNumber"), cell: (p) => p.voucherNumber },
            { key: "kind", header: v("admin.kind"), cell: (p) => v(`admin.kind.${p.kind}`) },
            { key: "from", header: v("admin.validFrom"), cell: (p) => <DateText date={p.validFrom} locale={locale} /> },
            { key: "to", header: v("admin.validTo"), cell: (p) => <DateText date={p.validTo} locale={locale} /> },
          ]}
        />
      </section>
      <Card title={v("admin.grantPower")}>
        <PowerGrantForm organizerId={organizerId} clientId={clientId} />
      </Card>
      <Card title={v("admin.grantRight")}>
        <RightGrantForm organizerId={organizerId} clientId={clientId} />
      </Card>
      <Card title={v("admin.newBooking")}>
        <BookingForm organizerId={organizerId} clientId={clientId} />
      </Card>
    </>
  );
}
