import { Alert } from "@reskontra/ui";
import { Redirect, Route, Switch } from "wouter";
import { useInvoiceText } from "./use-invoice-text";
import { CustomerFormPage } from "./customer-form-page";
import { CustomerListPage } from "./customer-list-page";
import { InvoiceDetailPage } from "./invoice-detail-page";
import { InvoiceFormPage } from "./invoice-form-page";
import { useInvoiceRoles } from "./invoice-roles";
import { InvoiceTabs } from "./invoice-tabs";
import { MyInvoicesPage } from "./my-invoices-page";
import { ReceivablesPage } from "./receivables-page";
import { SearchPage } from "./search-page";
import { UnsentQueuePage } from "./unsent-queue-page";
import "./invoices.css";

/** Everything under /invoices; the user's and the agent's screens are mounted only for their roles. */
export function InvoicesRoutes() {
  const { t } = useInvoiceText();
  const roles = useInvoiceRoles();
  const orgId = roles.userOrganizationId;
  if (!orgId && !roles.isAgent) return <Alert tone="info">{t("inv.noRole")}</Alert>;
  const home = orgId ? "/invoices/mine" : "/invoices/unsent";
  return (
    <>
      <InvoiceTabs roles={roles} />
      <Switch>
        <Route path="/invoices">
          <Redirect to={home} replace />
        </Route>
        {orgId ? (
          <>
            <Route path="/invoices/mine">
              <MyInvoicesPage organizationId={orgId} />
            </Route>
            <Route path="/invoices/new">
              <InvoiceFormPage organizationId={orgId} />
            </Route>
            <Route path="/invoices/:invoiceId/edit">
              <InvoiceFormPage organizationId={orgId} />
            </Route>
            <Route path="/invoices/customers">
              <CustomerListPage organizationId={orgId} />
            </Route>
            <Route path="/invoices/customers/new">
              <CustomerFormPage organizationId={orgId} />
            </Route>
            <Route path="/invoices/customers/:customerId">
              <CustomerFormPage organizationId={orgId} />
            </Route>
          </>
        ) : null}
        {roles.isAgent ? (
          <>
            <Route path="/invoices/unsent">
              <UnsentQueuePage />
            </Route>
            <Route path="/invoices/receivables">
              <ReceivablesPage />
            </Route>
            <Route path="/invoices/search">
              <SearchPage />
            </Route>
          </>
        ) : null}
        <Route path="/invoices/:invoiceId">
          <InvoiceDetailPage roles={roles} />
        </Route>
        <Route path="*">
          <Redirect to={home} replace />
        </Route>
      </Switch>
    </>
  );
}
