import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, type ReactNode } from "react";
import { Route, Switch } from "wouter";
import { useShellText } from "./shell/use-shell-text";
import type { Module } from "./shell/modules";
import { NoAccessPage } from "./shell/no-access-page";
import { Shell } from "./shell/shell";
import { useModuleAccess } from "./shell/use-module-access";
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
const HomePage = lazy(() => import("./shell/home-page").then((m) => ({ default: m.HomePage })));
const AccountRoutes = lazy(() => import("./account/account-routes").then((m) => ({ default: m.AccountRoutes })));

function Loading({ children }: { children: ReactNode }) {
  const { t } = useShellText();
  return <Suspense fallback={<p role="status">{t("loading")}</p>}>{children}</Suspense>;
}

/** A module's routes for those whose roles may use it (shell/modules.ts); a clear "no access" page for others. */
function Guarded({ module, children }: { module: Module; children: ReactNode }) {
  const { t } = useShellText();
  const { allowed, pending } = useModuleAccess();
  if (allowed.has(module)) return children;
  return pending ? <p role="status">{t("loading")}</p> : <NoAccessPage />;
}

export function App() {
  const trpc = useTRPC();
  const { t } = useShellText();
  const me = useQuery(trpc.auth.me.queryOptions());
  const access = useModuleAccess();
  if (me.isPending) return <p>{t("loading")}</p>;
  if (!me.data)
    return (
      <Loading>
        <PublicRoutes />
      </Loading>
    );
  return (
    <Shell userName={me.data.user.name} modules={access.allowed} modulesPending={access.pending}>
      <Loading>
        <Switch>
          <Route path="/">
            <HomePage />
          </Route>
          <Route path="/invoices/*?">
            <Guarded module="invoices">
              <InvoicesRoutes />
            </Guarded>
          </Route>
          <Route path="/vouchers/*?">
            <Guarded module="vouchers">
              <VouchersRoutes />
            </Guarded>
          </Route>
          <Route path="/reminders/*?">
            <Guarded module="reminders">
              <RemindersRoutes />
            </Guarded>
          </Route>
          <Route path="/support/*?">
            <Guarded module="support">
              <SupportRoutes />
            </Guarded>
          </Route>
          <Route path="/organizations/*?">
            <Guarded module="organizations">
              <OrganizationsRoutes />
            </Guarded>
          </Route>
          <Route path="/account">
            <AccountRoutes />
          </Route>
        </Switch>
      </Loading>
    </Shell>
  );
}
