import { useVoucherText } from "./texts";

interface ClientDetails {
  name: string;
  hetuMasked: string;
  customerNumber: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  email: string | null;
}

/** The provider's "client details": address and contact; the identity code stays masked (the provider's role needs no more). */
export function ClientDetailsTab({ client }: { client: ClientDetails }) {
  const { v } = useVoucherText();
  const place = [client.postalCode, client.city].filter((p) => p).join(" ");
  const address = [client.street, place].filter((p) => p);
  return (
    <>
      <dl className="voucher-facts" data-testid="client-details">
        <dt>{v("col.name")}</dt>
        <dd>{client.name}</dd>
        <dt>{v("col.hetu")}</dt>
        <dd>{client.hetuMasked}</dd>
        <dt>{v("col.customerNumber")}</dt>
        <dd>{client.customerNumber ?? v("details.none")}</dd>
        <dt>{v("details.address")}</dt>
        <dd>
          {address.length > 0
            ? address.map((line) => (
                <span key={line} className="voucher-line">
                  {line}
                </span>
              ))
            : v("details.none")}
        </dd>
        <dt>{v("details.email")}</dt>
        <dd>{client.email ? <a href={`mailto:${client.email}`}>{client.email}</a> : v("details.none")}</dd>
      </dl>
      <p className="rk-hint">{v("details.hetuNote")}</p>
    </>
  );
}
