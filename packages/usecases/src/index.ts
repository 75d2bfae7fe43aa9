export type { UseCaseDeps } from "./deps";
export * from "./invoices/index";
export * from "./reminders/index";
export * from "./vouchers/index";
