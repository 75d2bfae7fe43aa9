export { formatDate, formatDateTime, formatMoney, parseMoney } from "./format";
export type { Locale } from "./format";
export { Alert, DateText, DateTimeText, Field, Money, SelectField, Table } from "./components";
export { Button } from "./button";
export { Card } from "./card";
export type { Column } from "./components";
export { StatusBadge } from "./badge";
export type { BadgeTone } from "./badge";
export { TextAreaField } from "./text-area-field";
