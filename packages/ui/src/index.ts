export { formatDate, formatDateTime, formatMoney, parseMoney } from "./format";
export type { Locale } from "./format";
export { Alert, Button, Card, DateText, DateTimeText, Field, Money, SelectField, Table } from "./components";
export type { Column } from "./components";
