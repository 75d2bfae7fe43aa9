import { Alert } from "@reskontra/ui";
import { Navigate, Route, Routes } from "react-router";
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
      <Routes>
        <Route index element={<Navigate to={home} replace />} />
        {orgId ? (
          <>
            <Route path="mine" element={<MyInvoicesPage organizationId={orgId} />} />
            <Route path="new" element={<InvoiceFormPage organizationId={orgId} />} />
            <Route path=":invoiceId/edit" element={<InvoiceFormPage organizationId={orgId} />} />
            <Route path="customers" element={<CustomerListPage organizationId={orgId} />} />
            <Route path="customers/new" element={<CustomerFormPage organizationId={orgId} />} />
            <Route path="customers/:customerId" element={<CustomerFormPage organizationId={orgId} />} />
          </>
        ) : null}
        {roles.isAgent ? (
          <>
            <Route path="unsent" element={<UnsentQueuePage />} />
            <Route path="receivables" element={<ReceivablesPage />} />
            <Route path="search" element={<SearchPage />} />
          </>
        ) : null}
        <Route path=":invoiceId" element={<InvoiceDetailPage roles={roles} />} />
        <Route path="*" element={<Navigate to={home} replace />} />
      </Routes>
    </>
  );
}
