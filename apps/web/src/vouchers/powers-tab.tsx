import { Alert, DateText, Money, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { refusalOf, useTRPC } from "../trpc";
import { useVoucherText } from "./texts";

type Args = { organizationId: string; clientId: string };

/** Purchasing powers (units) or balance powers (euros), with what the client's events have used. */
export function PowersTab({ args, kind }: { args: Args; kind: "units" | "balance" }) {
  const trpc = useTRPC();
  const { v, locale } = useVoucherText();
  const options =
    kind === "units"
      ? trpc.vouchers.provider.purchasingPowers.queryOptions(args)
      : trpc.vouchers.provider.balancePowers.queryOptions(args);
  const powers = useQuery(options);
  if (powers.error) return <Alert>{refusalOf(powers.error)?.message}</Alert>;
  if (!powers.data) return <p>{v("loading")}</p>;
  const amount = (units: number | null, cents: number | null, unit: string) =>
    kind === "units" ? `${String(units ?? 0).replace(".", ",")} ${unit}` : <Money cents={cents ?? 0} locale={locale} />;
  return (
    <Table
      rows={powers.data}
      rowKey={(p) => p.id}
      empty={v("powers.empty")}
      columns={[
        { key: "voucher", header: v("col.voucher"), cell: (p) => p.voucherNumber },
        { key: "service", header: v("col.service"), cell: (p) => p.serviceName },
        {
          key: "value",
          header: v("col.unitValue"),
          align: "right",
          cell: (p) => <Money cents={p.unitValueCents} locale={locale} />,
        },
        {
          key: "granted",
          header: kind === "units" ? v("col.quantity") : v("col.balance"),
          align: "right",
          cell: (p) => amount(p.quantity, p.balanceCents, p.serviceUnit),
        },
        { key: "used", header: v("col.used"), align: "right", cell: (p) => amount(p.usedUnits, p.usedCents, p.serviceUnit) },
        {
          key: "remaining",
          header: v("col.remaining"),
          align: "right",
          cell: (p) => amount(p.remainingUnits, p.remainingCents, p.serviceUnit),
        },
        {
          key: "validity",
          header: v("col.validity"),
          cell: (p) => (
            <>
              <DateText date={p.validFrom} locale={locale} />–<DateText date={p.validTo} locale={locale} />
            </>
          ),
        },
        { key: "status", header: v("col.status"), cell: (p) => p.status },
      ]}
    />
  );
}
