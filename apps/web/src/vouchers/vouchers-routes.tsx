import { Alert } from "@reskontra/ui";
import { Navigate, NavLink, Route, Routes } from "react-router";
import { ClientPage } from "./client-page";
import { ClientSearchPage } from "./client-search-page";
import { OrganizerClientPage } from "./organizer-client-page";
import { OrganizerClientsPage } from "./organizer-clients-page";
import { OrganizerEventsPage } from "./organizer-events-page";
import { OrganizerSettingsPage } from "./organizer-settings-page";
import { ProviderStatementsPage } from "./provider-statements-page";
import { ReviewQueuePage } from "./review-queue-page";
import { SettlementsPage } from "./settlements-page";
import { useVoucherText, type VoucherTextKey } from "./texts";
import { useVoucherRoles } from "./voucher-roles";
import "./vouchers.css";

/** Everything under /vouchers: the provider's and the organizer's screens, each mounted only for its role. */
export function VouchersRoutes() {
  const { v } = useVoucherText();
  const { providerId, organizerId } = useVoucherRoles();
  if (!providerId && !organizerId) return <Alert tone="info">{v("noRole")}</Alert>;
  const tabs: { to: string; label: VoucherTextKey }[] = [
    ...(providerId
      ? [
          { to: "/vouchers/search", label: "tabs.search" as const },
          { to: "/vouchers/statements", label: "tabs.statements" as const },
        ]
      : []),
    ...(organizerId
      ? [
          { to: "/vouchers/review", label: "tabs.review" as const },
          { to: "/vouchers/events", label: "tabs.events" as const },
          { to: "/vouchers/settlements", label: "tabs.settlements" as const },
          { to: "/vouchers/admin/clients", label: "tabs.admin" as const },
          { to: "/vouchers/admin/settings", label: "tabs.settings" as const },
        ]
      : []),
  ];
  const home = providerId ? "/vouchers/search" : "/vouchers/review";
  return (
    <>
      <nav aria-label={v("tabs.label")} className="invoice-tabs voucher-nav">
        {tabs.map((tab) => (
          <NavLink key={tab.to} to={tab.to}>
            {v(tab.label)}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<Navigate to={home} replace />} />
        {providerId ? (
          <>
            <Route path="search" element={<ClientSearchPage providerId={providerId} />} />
            <Route path="clients/:clientId" element={<ClientPage providerId={providerId} />} />
            <Route path="statements" element={<ProviderStatementsPage providerId={providerId} />} />
          </>
        ) : null}
        {organizerId ? (
          <>
            <Route path="review" element={<ReviewQueuePage organizerId={organizerId} />} />
            <Route path="events" element={<OrganizerEventsPage organizerId={organizerId} />} />
            <Route path="settlements" element={<SettlementsPage organizerId={organizerId} />} />
            <Route path="admin/clients" element={<OrganizerClientsPage organizerId={organizerId} />} />
            <Route path="admin/clients/:clientId" element={<OrganizerClientPage organizerId={organizerId} />} />
            <Route path="admin/settings" element={<OrganizerSettingsPage organizerId={organizerId} />} />
          </>
        ) : null}
        <Route path="*" element={<Navigate to={home} replace />} />
      </Routes>
    </>
  );
}
