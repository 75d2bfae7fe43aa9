import { Alert, DateTimeText, Table } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { refusalOf, useTRPC } from "../trpc";
import { useVoucherText } from "./texts";

export function BookingsTab({ args }: { args: { organizationId: string; clientId: string } }) {
  const trpc = useTRPC();
  const { v, locale } = useVoucherText();
  const bookings = useQuery(trpc.vouchers.provider.bookings.queryOptions(args));
  if (bookings.error) return <Alert>{refusalOf(bookings.error)?.message}</Alert>;
  if (!bookings.data) return <p>{v("loading")}</p>;
  return (
    <Table
      rows={bookings.data}
      rowKey={(b) => b.id}
      empty={v("bookings.empty")}
      columns={[
        { key: "time", header: v("col.time"), cell: (b) => <DateTimeText instant={b.startsAt} locale={locale} /> },
        { key: "voucher", header: v("col.voucher"), cell: (b) => b.voucherNumber },
        { key: "service", header: v("col.service"), cell: (b) => b.serviceName },
        { key: "content", header: v("col.content"), cell: (b) => b.content },
        { key: "recorded", header: v("bookings.recorded"), cell: (b) => (b.hasEvent ? "✓" : "") },
      ]}
    />
  );
}
