import { Button, DateTimeText } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { useLocale } from "../i18n/locale";
import { useTRPC } from "../trpc";
import { noticeText } from "./notice-text";

/** The user's in-app notices (an invoice went forward, came back for correction); opening marks them read. */
export function NotificationsMenu() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useLocale();
  const [open, setOpen] = useState(false);
  const notices = useQuery({ ...trpc.notifications.mine.queryOptions(), refetchInterval: 30_000 });
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.mine.queryKey() }),
    }),
  );
  const unread = (notices.data ?? []).filter((n) => !n.readAt);

  function toggle() {
    const next = !open;
    setOpen(next);
    if (next && unread.length > 0) markRead.mutate({ ids: unread.map((n) => n.id) });
  }

  const text = (kind: string, number: string | null, channel: unknown) => noticeText(t, kind, number, channel);

  return (
    <div className="notifications">
      <Button variant="secondary" onClick={toggle} aria-expanded={open} data-testid="notifications-button">
        {t("notif.button")}
        {unread.length > 0 ? ` (${unread.length})` : ""}
      </Button>
      {open ? (
        // eslint-disable-next-line jsx-a11y/no-redundant-roles -- WebKit drops list semantics under `list-style: none`
        <ul className="notifications__list" role="list">
          {(notices.data ?? []).length === 0 ? <li>{t("notif.empty")}</li> : null}
          {(notices.data ?? []).map((n) => (
            <li key={n.id} className={n.readAt ? "" : "notifications__unread"}>
              {n.invoiceId ? (
                <Link to={`/invoices/${n.invoiceId}`} onClick={() => setOpen(false)}>
                  {text(n.kind, n.invoiceNumber, n.params.channel)}
                </Link>
              ) : (
                text(n.kind, n.invoiceNumber, n.params.channel)
              )}
              <br />
              <small>
                <DateTimeText instant={n.createdAt} locale={locale} />
              </small>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
