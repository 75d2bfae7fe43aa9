export * from "./auth";
export * from "./audit";
export * from "./invoices";
export * from "./vouchers";
export * from "./reminders";
export * from "./support";
export * from "./workers";
export * from "./organizations";
