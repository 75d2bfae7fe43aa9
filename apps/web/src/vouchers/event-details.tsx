import { Alert, formatDate, formatDateTime, formatMoney } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { formatFigure } from "../charts/format-figure";
import { refusalOf, useTRPC } from "../trpc";
import { EventStateBadge, ReviewReason } from "./state-badge";
import { useVoucherText } from "./texts";

/** An event read-only, in any state, with its history: who changed its state and when. Opened in place under its row. */
export function EventDetails({ organizerId, eventId }: { organizerId: string; eventId: string }) {
  const trpc = useTRPC();
  const { v, locale } = useVoucherText();
  const details = useQuery(trpc.vouchers.organizer.eventDetails.queryOptions({ organizationId: organizerId, eventId }));
  if (details.error) return <Alert>{refusalOf(details.error)?.message}</Alert>;
  if (!details.data) return <p>{v("loading")}</p>;
  const { event, history } = details.data;
  const date = formatDate(event.eventDate, locale);
  const time = (d: Date) => formatDateTime(d, locale).split(" ").at(-1) ?? "";
  return (
    <section
      className="voucher-event-view"
      data-testid="event-details"
      aria-label={v("eventView.title", { date, client: event.clientName })}
    >
      <h3>{v("eventView.title", { date, client: event.clientName })}</h3>
      <p className="rk-hint">{v("eventView.readOnly")}</p>
      <dl className="voucher-facts">
        <dt>{v("eventView.time")}</dt>
        <dd>
          {date} {time(event.startsAt)}–{time(event.endsAt)}
        </dd>
        <dt>{v("col.provider")}</dt>
        <dd>{event.providerName}</dd>
        <dt>{v("col.service")}</dt>
        <dd>{event.serviceName}</dd>
        <dt>{v("col.voucher")}</dt>
        <dd>{event.voucherNumber}</dd>
        <dt>{v("col.content")}</dt>
        <dd>{event.content}</dd>
        <dt>{v("col.units")}</dt>
        <dd>{formatFigure(event.units, locale)}</dd>
        <dt>{v("eventView.unitPrice")}</dt>
        <dd>{formatMoney(event.unitPriceCents, locale)}</dd>
        <dt>{v("col.price")}</dt>
        <dd>{formatMoney(event.priceCents, locale)}</dd>
        <dt>{v("col.value")}</dt>
        <dd>{formatMoney(event.voucherValueCents, locale)}</dd>
        <dt>{v("col.coPayment")}</dt>
        <dd>{formatMoney(event.coPaymentCents, locale)}</dd>
        <dt>{v("col.state")}</dt>
        <dd>
          <EventStateBadge state={event.state} awaitingCredit={event.awaitingCredit} />
        </dd>
        {event.reviewReason ? (
          <>
            <dt>{v("eventView.reviewReason")}</dt>
            <dd>
              <ReviewReason reason={event.reviewReason} />
            </dd>
          </>
        ) : null}
        {event.rejectionReason ? (
          <>
            <dt>{v("eventView.rejectionReason")}</dt>
            <dd>{event.rejectionReason}</dd>
          </>
        ) : null}
        {event.creditedCents > 0 ? (
          <>
            <dt>{v("eventView.credited")}</dt>
            <dd>{formatMoney(event.creditedCents, locale)}</dd>
          </>
        ) : null}
      </dl>
      <h4>{v("history.title")}</h4>
      {history.length === 0 ? (
        <p className="rk-empty">{v("history.empty")}</p>
      ) : (
        <div className="rk-table-wrap">
          <table className="rk-table" data-testid="event-history">
            <caption className="voucher-caption">{v("history.caption", { date })}</caption>
            <thead>
              <tr>
                <th scope="col">{v("history.when")}</th>
                <th scope="col">{v("history.what")}</th>
                <th scope="col">{v("history.who")}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((row) => (
                <tr key={`${row.at.toISOString()}-${row.kind}`}>
                  <td>
                    <time dateTime={row.at.toISOString()}>{formatDateTime(row.at, locale)}</time>
                  </td>
                  <td>
                    {v(`history.kind.${row.kind}`)}
                    {row.reason ? <small> · {v("history.reason", { reason: row.reason })}</small> : null}
                    {row.amountCents !== null ? (
                      <small> · {v("history.amount", { amount: formatMoney(row.amountCents, locale) })}</small>
                    ) : null}
                  </td>
                  <td>{row.actorName ?? v("history.automatic")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
