import { Alert, Card, DateText, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "wouter";
import { refusalOf, useTRPC } from "../trpc";
import { BookingForm } from "./booking-form";
import { PowerGrantForm } from "./power-grant-form";
import { RightGrantForm } from "./right-grant-form";
import { useVoucherText } from "./texts";

/** One of the county's clients for the organizer: the full identity code (its role needs it), powers, and the grant and booking forms. */
export function OrganizerClientPage({ organizerId }: { organizerId: string }) {
  const trpc = useTRPC();
  const { v, locale } = useVoucherText();
  const clientId = useParams().clientId ?? "";
  const client = useQuery(trpc.vouchers.organizer.client.queryOptions({ organizationId: organizerId, clientId }));
  const powers = useQuery(trpc.vouchers.organizer.clientPowers.queryOptions({ organizationId: organizerId, clientId }));
  if (client.error) return <Alert>{refusalOf(client.error)?.message}</Alert>;
  if (!client.data) return <p>{v("loading")}</p>;
  return (
    <>
      <Card title={client.data.name}>
        <p>
          {v("admin.hetu")}: {client.data.hetu}
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
      </Card>
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
