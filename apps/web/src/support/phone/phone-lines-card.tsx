import { formatPhoneNumber, minuteOfDayText } from "@reskontra/domain";
import { Card } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { useTRPC } from "../../trpc";
import { lineStatusText } from "./opening-text";
import { usePhoneText } from "./texts";

/**
 * The support lines with numbers and opening hours, "open now" or when they open next (Finnish
 * holidays respected), and outside the hours the written request instead.
 */
export function PhoneLinesCard() {
  const trpc = useTRPC();
  const { pt, locale } = usePhoneText();
  // The status is the server's, computed on the business clock; refreshed each minute so 16.00 turns it.
  const lines = useQuery({ ...trpc.support.phone.lines.queryOptions(), refetchInterval: 60_000 });
  if (!lines.data) return <p role="status">{pt("loading")}</p>;
  const now = new Date(lines.dataUpdatedAt);
  const anyClosed = lines.data.some((l) => !l.open);
  return (
    <Card title={pt("lines.title")}>
      <p className="phone-tip">{pt("lines.tip")}</p>
      {lines.data.length === 0 ? <p>{pt("lines.empty")}</p> : null}
      <ul className="phone-lines" data-testid="phone-lines">
        {lines.data.map((l) => (
          <li key={l.id} data-testid={`phone-line-${l.code}`} className={l.open ? "phone-line phone-line--open" : "phone-line"}>
            <strong>{locale === "en" ? l.nameEn : l.nameFi}</strong>{" "}
            <a href={`tel:${l.phoneNumber}`}>{formatPhoneNumber(l.phoneNumber)}</a>
            <br />
            <small>{pt("lines.hours", { open: minuteOfDayText(l.openMinute), close: minuteOfDayText(l.closeMinute) })}</small>
            <br />
            <span className="phone-line__status">{lineStatusText(l, now, locale)}</span>
          </li>
        ))}
      </ul>
      {anyClosed ? (
        <p className="phone-written">
          {pt("lines.closedWritten")} <Link to="/support/tickets/new">{pt("lines.writeRequest")}</Link>
        </p>
      ) : (
        <p className="phone-written">
          {pt("lines.writtenFaster")} <Link to="/support/tickets/new">{pt("lines.writeRequest")}</Link>
        </p>
      )}
    </Card>
  );
}
