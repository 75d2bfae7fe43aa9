/**
 * A provider finds a client only if the client had an event or a booking with that provider within
 * this many years, or the provider holds a service-team right to the client's services (DESIGN.md §2).
 */
export const VOUCHER_VISIBILITY_YEARS = 3;
