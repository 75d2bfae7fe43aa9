import { TabLinks } from "@reskontra/ui";
import { NavLink } from "../shell/nav-link";
import { useInvoiceText } from "./use-invoice-text";
import type { InvoiceMessageKey } from "./messages";
import type { InvoiceRoles } from "./invoice-roles";

const USER_TABS: { to: string; label: InvoiceMessageKey }[] = [
  { to: "/invoices/mine", label: "inv.tab.mine" },
  { to: "/invoices/customers", label: "inv.tab.customers" },
];
const AGENT_TABS: { to: string; label: InvoiceMessageKey }[] = [
  { to: "/invoices/unsent", label: "inv.tab.unsent" },
  { to: "/invoices/receivables", label: "inv.tab.receivables" },
  { to: "/invoices/search", label: "inv.tab.search" },
];

/** Someone who both invoices and serves customers sees both sets of tabs. */
export function InvoiceTabs({ roles }: { roles: InvoiceRoles }) {
  const { t } = useInvoiceText();
  const tabs = [...(roles.userOrganizationId ? USER_TABS : []), ...(roles.isAgent ? AGENT_TABS : [])];
  return (
    <TabLinks label={t("inv.tabs")} className="invoice-tabs">
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={tab.to}>
          {t(tab.label)}
        </NavLink>
      ))}
    </TabLinks>
  );
}
