import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, type ReactNode } from "react";
import { Route, Switch } from "wouter";
import { useShellText } from "./shell/use-shell-text";
import { HomePage } from "./shell/home-page";
import { Shell } from "./shell/shell";
import { useTRPC } from "./trpc";

// Each module is its own chunk, so the first screen downloads the shell and that screen only.
const PublicRoutes = lazy(() => import("./account/public-routes").then((m) => ({ default: m.PublicRoutes })));
const InvoicesRoutes = lazy(() => import("./invoices/invoices-routes").then((m) => ({ default: m.InvoicesRoutes })));
const VouchersRoutes = lazy(() => import("./vouchers/vouchers-routes").then((m) => ({ default: m.VouchersRoutes })));
const SupportRoutes = lazy(() => import("./support/support-routes").then((m) => ({ default: m.SupportRoutes })));
const RemindersRoutes = lazy(() => import("./reminders/reminders-routes").then((m) => ({ default: m.RemindersRoutes })));
const OrganizationsRoutes = lazy(() =>
  import("./organizations/organizations-routes").then((m) => ({ default: m.OrganizationsRoutes })),
);
const AccountRoutes = lazy(() => import("./account/account-routes").then((m) => ({ default: m.AccountRoutes })));

function Loading({ children }: { children: ReactNode }) {
  const { t } = useShellText();
  return <Suspense fallback={<p role="status">{t("loading")}</p>}>{children}</Suspense>;
}

export function App() {
  const trpc = useTRPC();
  const { t } = useShellText();
  const me = useQuery(trpc.auth.me.queryOptions());
  if (me.isPending) return <p>{t("loading")}</p>;
  if (!me.data)
    return (
      <Loading>
        <PublicRoutes />
      </Loading>
    );
  return (
    <Shell userName={me.data.user.name}>
      <Loading>
        <Switch>
          <Route path="/">
            <HomePage me={me.data} />
          </Route>
          <Route path="/invoices/*?">
            <InvoicesRoutes />
          </Route>
          <Route path="/vouchers/*?">
            <VouchersRoutes />
          </Route>
          <Route path="/reminders/*?">
            <RemindersRoutes />
          </Route>
          <Route path="/support/*?">
            <SupportRoutes />
          </Route>
          <Route path="/organizations/*?">
            <OrganizationsRoutes />
          </Route>
          <Route path="/account">
            <AccountRoutes />
          </Route>
        </Switch>
      </Loading>
    </Shell>
  );
}
