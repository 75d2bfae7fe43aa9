import { Button } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useCallback, useState } from "react";
import { useShellText } from "./use-shell-text";
import { useTRPC } from "../trpc";
import { useEscape } from "./use-escape";

const NotificationsList = lazy(() => import("./notifications-list").then((m) => ({ default: m.NotificationsList })));

/** The user's in-app notices (an invoice went forward, came back for correction); opening marks them read. */
export function NotificationsMenu() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useShellText();
  const [open, setOpen] = useState(false);
  const notices = useQuery({ ...trpc.notifications.mine.queryOptions(), refetchInterval: 30_000 });
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.mine.queryKey() }),
    }),
  );
  const unread = (notices.data ?? []).filter((n) => !n.readAt);
  useEscape(
    open,
    useCallback(() => setOpen(false), []),
  );

  function toggle() {
    const next = !open;
    setOpen(next);
    if (next && unread.length > 0) markRead.mutate({ ids: unread.map((n) => n.id) });
  }

  return (
    <div className="notifications">
      <Button variant="secondary" onClick={toggle} aria-expanded={open} data-testid="notifications-button">
        {t("notif.button")}
        {unread.length > 0 ? ` (${unread.length})` : ""}
      </Button>
      {open ? (
        <Suspense
          fallback={
            <p className="notifications__list" role="status">
              {t("loading")}
            </p>
          }
        >
          <NotificationsList notices={notices.data ?? []} onNavigate={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
