import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, type ReactNode } from "react";
import { Route, Routes } from "react-router";
import { useShellText } from "./shell/use-shell-text";
import { HomePage } from "./shell/home-page";
import { PlaceholderPage } from "./shell/placeholder-page";
import { Shell } from "./shell/shell";
import { useTRPC } from "./trpc";

// Each module is its own chunk, so the first screen downloads the shell and that screen only.
const LoginPage = lazy(() => import("./auth/login-page").then((m) => ({ default: m.LoginPage })));
const InvoicesRoutes = lazy(() => import("./invoices/invoices-routes").then((m) => ({ default: m.InvoicesRoutes })));
const VouchersRoutes = lazy(() => import("./vouchers/vouchers-routes").then((m) => ({ default: m.VouchersRoutes })));
const RemindersRoutes = lazy(() => import("./reminders/reminders-routes").then((m) => ({ default: m.RemindersRoutes })));

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
        <LoginPage />
      </Loading>
    );
  return (
    <Shell userName={me.data.user.name}>
      <Loading>
        <Routes>
          <Route path="/" element={<HomePage me={me.data} />} />
          <Route path="/invoices/*" element={<InvoicesRoutes />} />
          <Route path="/vouchers/*" element={<VouchersRoutes />} />
          <Route path="/reminders/*" element={<RemindersRoutes />} />
          <Route path="/support/*" element={<PlaceholderPage title="nav.support" />} />
        </Routes>
      </Loading>
    </Shell>
  );
}
