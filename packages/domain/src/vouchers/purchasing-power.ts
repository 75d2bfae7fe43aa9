/** A purchasing power grants units of a service, or a euro balance that events consume (DESIGN.md §2). */
export const PURCHASING_POWER_KINDS = ["units", "balance"] as const;
export type PurchasingPowerKind = (typeof PURCHASING_POWER_KINDS)[number];

export const PURCHASING_POWER_STATUSES = ["granted", "open", "closed"] as const;
export type PurchasingPowerStatus = (typeof PURCHASING_POWER_STATUSES)[number];
