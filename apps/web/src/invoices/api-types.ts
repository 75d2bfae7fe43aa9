import type { AppRouter } from "@reskontra/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

// The web sees the api only through these inferred types; superjson brings instants as Dates.
type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type InvoiceSummary = Outputs["invoices"]["mine"][number];
export type UnsentInvoice = Outputs["invoices"]["unsent"][number];
export type InvoiceDetail = Outputs["invoices"]["get"];
export type Customer = Outputs["customers"]["list"][number];
export type InvoiceStatus = InvoiceSummary["status"];
export type DeliveryMethod = InvoiceSummary["deliveryMethod"];
export type Risk = UnsentInvoice["risk"];
export type DispatchStatus = InvoiceDetail["dispatches"][number]["status"];
export type InvoiceAction = InvoiceDetail["actions"][number];
export type CustomerInput = Inputs["customers"]["create"];
export type InvoiceDraftInput = Inputs["invoices"]["create"];
export type ReceivablesAgeing = Outputs["invoices"]["receivablesAgeing"];
export type AgedReceivable = ReceivablesAgeing["rows"][number];
export type AgeingFilters = Exclude<Inputs["invoices"]["receivablesAgeing"], void | undefined>;
