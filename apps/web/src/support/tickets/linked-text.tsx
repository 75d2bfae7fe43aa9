import type { ReactNode } from "react";
import { Link } from "wouter";
import type { IdentifierLink, LinkedIdentifier } from "./api-types";
import { useTicketText } from "./use-ticket-text";

/** The page of the web app a linked number opens: the same pages the viewer reaches from the menus. */
export function hrefOf(link: IdentifierLink): string {
  switch (link.type) {
    case "invoice":
      return `/invoices/${link.id}`;
    case "customer":
      return `/invoices/customers/${link.id}`;
    case "voucher_client":
      return `/vouchers/clients/${link.id}`;
    case "organizer_client":
      return `/vouchers/admin/clients/${link.id}`;
  }
}

/** A message's text with each recognised number in place: a link when the viewer may open it, else marked text. */
export function LinkedText({ text, identifiers }: { text: string; identifiers: readonly LinkedIdentifier[] }) {
  const { t } = useTicketText();
  const parts: ReactNode[] = [];
  let at = 0;
  for (const found of [...identifiers].sort((a, b) => a.start - b.start)) {
    if (found.start < at || found.end > text.length) continue;
    parts.push(text.slice(at, found.start));
    const shown = text.slice(found.start, found.end);
    const label = `${t(`identifier.${found.kind}`)} ${found.value}`;
    parts.push(
      found.link ? (
        <Link
          key={found.start}
          to={hrefOf(found.link)}
          className="ticket-identifier"
          title={label}
          data-testid="ticket-identifier-link"
        >
          {shown}
        </Link>
      ) : (
        <span key={found.start} className="ticket-identifier ticket-identifier--plain" title={label}>
          {shown}
        </span>
      ),
    );
    at = found.end;
  }
  parts.push(text.slice(at));
  return <span className="ticket-text">{parts}</span>;
}

/** The recognised numbers as a list: kind, number, and the link or why there is none. */
export function IdentifierList({ identifiers }: { identifiers: readonly LinkedIdentifier[] }) {
  const { t } = useTicketText();
  const seen = new Set<string>();
  const unique = identifiers.filter((i) => {
    const key = `${i.kind}:${i.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return (
    <ul className="ticket-identifiers">
      {unique.map((i) => (
        <li key={`${i.kind}:${i.value}`}>
          {t(`identifier.${i.kind}`)}{" "}
          {i.link ? (
            <Link to={hrefOf(i.link)} data-testid="ticket-identifier-link">
              {i.value}
            </Link>
          ) : (
            <>
              <span className="ticket-identifier--plain">{i.value}</span> <small>({t("ticket.linkUnavailable")})</small>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
