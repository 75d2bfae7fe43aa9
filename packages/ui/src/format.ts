export type Locale = "fi" | "en";

// One formatter set for the whole product lives in the domain; the kit hands it to its components.
export { formatDate, formatDateTime, formatMoney, parseMoney } from "@reskontra/domain";
