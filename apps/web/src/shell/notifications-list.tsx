import type { AppRouter } from "@reskontra/api";
import { DateTimeText } from "@reskontra/ui";
import type { inferRouterOutputs } from "@trpc/server";
import { Link } from "wouter";
import { useMessages } from "../i18n/locale";
import { noticeMessages } from "./notice-messages";
import { noticeText, SUPPORT_SLA_NOTICE } from "./notice-text";

type Notice = inferRouterOutputs<AppRouter>["notifications"]["mine"][number];

/** The opened notifications menu: its own chunk, because dates bring the domain's formatters, which the first screen does not need. */
export function NotificationsList({ notices, onNavigate }: { notices: Notice[]; onNavigate: () => void }) {
  const { t, locale } = useMessages(noticeMessages);
  const text = (n: Notice) => noticeText(t, n.kind, n.invoiceNumber, n.params, locale);
  const target = (n: Notice) =>
    n.invoiceId ? `/invoices/${n.invoiceId}` : n.kind === SUPPORT_SLA_NOTICE ? "/support/workspace" : null;
  return (
    // eslint-disable-next-line jsx-a11y/no-redundant-roles -- WebKit drops list semantics under `list-style: none`
    <ul className="notifications__list" role="list">
      {notices.length === 0 ? <li>{t("notif.empty")}</li> : null}
      {notices.map((n) => (
        <li key={n.id} className={n.readAt ? "" : "notifications__unread"}>
          {target(n) ? (
            <Link to={target(n) ?? ""} onClick={onNavigate}>
              {text(n)}
            </Link>
          ) : (
            text(n)
          )}
          <br />
          <small>
            <DateTimeText instant={n.createdAt} locale={locale} />
          </small>
        </li>
      ))}
    </ul>
  );
}
