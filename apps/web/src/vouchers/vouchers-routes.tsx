import { Alert, TabLinks } from "@reskontra/ui";
import { lazy, Suspense } from "react";
import { Redirect, Route, Switch } from "wouter";
import { NavLink } from "../shell/nav-link";
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

// The charts bring visx: their own chunk, loaded when the charts tab is opened.
const VoucherChartsPage = lazy(() => import("./charts-page").then((m) => ({ default: m.VoucherChartsPage })));

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
    { to: "/vouchers/charts", label: "tabs.charts" as const },
  ];
  const home = providerId ? "/vouchers/search" : "/vouchers/review";
  return (
    <>
      <TabLinks label={v("tabs.label")} className="invoice-tabs voucher-nav">
        {tabs.map((tab) => (
          <NavLink key={tab.to} to={tab.to}>
            {v(tab.label)}
          </NavLink>
        ))}
      </TabLinks>
      <Switch>
        <Route path="/vouchers">
          <Redirect to={home} replace />
        </Route>
        {providerId ? (
          <>
            <Route path="/vouchers/search">
              <ClientSearchPage providerId={providerId} />
            </Route>
            <Route path="/vouchers/clients/:clientId">
              <ClientPage providerId={providerId} />
            </Route>
            <Route path="/vouchers/statements">
              <ProviderStatementsPage providerId={providerId} />
            </Route>
          </>
        ) : null}
        {organizerId ? (
          <>
            <Route path="/vouchers/review">
              <ReviewQueuePage organizerId={organizerId} />
            </Route>
            <Route path="/vouchers/events">
              <OrganizerEventsPage organizerId={organizerId} />
            </Route>
            <Route path="/vouchers/settlements">
              <SettlementsPage organizerId={organizerId} />
            </Route>
            <Route path="/vouchers/admin/clients">
              <OrganizerClientsPage organizerId={organizerId} />
            </Route>
            <Route path="/vouchers/admin/clients/:clientId">
              <OrganizerClientPage organizerId={organizerId} />
            </Route>
            <Route path="/vouchers/admin/settings">
              <OrganizerSettingsPage organizerId={organizerId} />
            </Route>
          </>
        ) : null}
        <Route path="/vouchers/charts">
          <Suspense fallback={<p>{v("loading")}</p>}>
            <VoucherChartsPage organizerId={organizerId} providerId={providerId} />
          </Suspense>
        </Route>
        <Route path="*">
          <Redirect to={home} replace />
        </Route>
      </Switch>
    </>
  );
}
