import { Alert, Button, Card, Field } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "wouter";
import { refusalOf, useTRPC } from "../trpc";
import { BookingsTab } from "./bookings-tab";
import { CoPaymentTab } from "./co-payment-tab";
import { EventsTab } from "./events-tab";
import { PowersTab } from "./powers-tab";
import { ClientDetailsTab } from "./client-details-tab";
import { useVoucherText } from "./texts";
import { useTabParam, VoucherTabs, type VoucherTab } from "./voucher-tabs";

const TABS: VoucherTab[] = [
  { id: "details", label: "client.tab.details" },
  { id: "powers", label: "client.tab.powers" },
  { id: "balances", label: "client.tab.balances" },
  { id: "bookings", label: "client.tab.bookings" },
  { id: "events", label: "client.tab.events" },
  { id: "coPayment", label: "client.tab.coPayment" },
];

/**
 * A client as the provider sees it: the masked identity code, its own customer number, and the tabs
 * (details with address and contact, powers, balances, bookings, events, co-payments); the tab is in
 * the address, so the search's quick link opens the events straight away.
 */
export function ClientPage({ providerId }: { providerId: string }) {
  const { clientId = "" } = useParams();
  const trpc = useTRPC();
  const { v } = useVoucherText();
  const [tab, setTab] = useTabParam(TABS, "events");
  const args = { organizationId: providerId, clientId };
  const client = useQuery(trpc.vouchers.provider.client.queryOptions(args));
  if (client.error) return <Alert>{refusalOf(client.error)?.message}</Alert>;
  if (!client.data) return <p>{v("loading")}</p>;
  return (
    <Card title={client.data.name} actions={<Link to="/vouchers/search">{v("client.back")}</Link>}>
      <p>
        {v("col.hetu")}: <span data-testid="client-hetu">{client.data.hetuMasked}</span>
      </p>
      <CustomerNumber providerId={providerId} clientId={clientId} current={client.data.customerNumber} />
      <VoucherTabs tabs={TABS} current={tab} onSelect={setTab} label={v("client.tabs")}>
        {tab === "details" ? <ClientDetailsTab client={client.data} /> : null}
        {tab === "powers" ? <PowersTab args={args} kind="units" /> : null}
        {tab === "balances" ? <PowersTab args={args} kind="balance" /> : null}
        {tab === "bookings" ? <BookingsTab args={args} /> : null}
        {tab === "events" ? <EventsTab args={args} /> : null}
        {tab === "coPayment" ? <CoPaymentTab args={args} /> : null}
      </VoucherTabs>
    </Card>
  );
}

function CustomerNumber({ providerId, clientId, current }: { providerId: string; clientId: string; current: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { v } = useVoucherText();
  const [value, setValue] = useState(current ?? "");
  const save = useMutation(
    trpc.vouchers.provider.setCustomerNumber.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.vouchers.provider.pathFilter()),
    }),
  );
  return (
    <form
      className="voucher-inline"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ organizationId: providerId, clientId, customerNumber: value });
      }}
    >
      <Field
        label={v("col.customerNumber")}
        value={value}
        placeholder={v("client.noNumber")}
        onChange={(e) => setValue(e.target.value)}
        error={refusalOf(save.error)?.message}
      />
      <Button type="submit" variant="secondary" disabled={save.isPending || value.trim() === "" || value === current}>
        {v("client.setNumber")}
      </Button>
    </form>
  );
}
