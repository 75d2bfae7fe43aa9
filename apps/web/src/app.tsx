import { useQuery } from "@tanstack/react-query";
import { Route, Routes } from "react-router";
import { LoginPage } from "./auth/login-page";
import { useLocale } from "./i18n/locale";
import { InvoicesRoutes } from "./invoices/invoices-routes";
import { HomePage } from "./shell/home-page";
import { PlaceholderPage } from "./shell/placeholder-page";
import { RemindersRoutes } from "./reminders/reminders-routes";
import { Shell } from "./shell/shell";
import { useTRPC } from "./trpc";
import { VouchersRoutes } from "./vouchers/vouchers-routes";

export function App() {
  const trpc = useTRPC();
  const { t } = useLocale();
  const me = useQuery(trpc.auth.me.queryOptions());
  if (me.isPending) return <p>{t("loading")}</p>;
  if (!me.data) return <LoginPage />;
  return (
    <Shell userName={me.data.user.name}>
      <Routes>
        <Route path="/" element={<HomePage me={me.data} />} />
        <Route path="/invoices/*" element={<InvoicesRoutes />} />
        <Route path="/vouchers/*" element={<VouchersRoutes />} />
        <Route path="/reminders/*" element={<RemindersRoutes />} />
        <Route path="/support/*" element={<PlaceholderPage title="nav.support" />} />
      </Routes>
    </Shell>
  );
}
