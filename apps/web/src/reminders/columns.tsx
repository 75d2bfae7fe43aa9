import { Money, type Column, type Locale } from "@reskontra/ui";
import type { RuleInput } from "./api-types";
import type { useReminderText } from "./texts";

type Rt = ReturnType<typeof useReminderText>["rt"];
type RuleFigures = Omit<RuleInput, "claimCompensation" | "name">;
type CustomerFacts = { customerNumber: string; name: string; isPerson: boolean; countryCode: string; ownerName: string };

/** A rule's figures as table columns: the rules list and the activation preview show the same. */
export function ruleFigureColumns<R extends RuleFigures>(rt: Rt, locale: Locale): Column<R>[] {
  return [
    { key: "kind", header: rt("rule.customerKind"), cell: (r) => rt(`rule.kind.${r.customerKind}`) },
    { key: "fee", header: rt("rule.feeCents"), align: "right", cell: (r) => <Money cents={r.feeCents} locale={locale} /> },
    { key: "days", header: rt("rule.daysAfterDue"), align: "right", cell: (r) => r.daysAfterDue },
    {
      key: "min",
      header: rt("rule.minimumAmountCents"),
      align: "right",
      cell: (r) => <Money cents={r.minimumAmountCents} locale={locale} />,
    },
    { key: "channel", header: rt("rule.channel"), cell: (r) => rt(`channel.${r.channel}`) },
    { key: "max", header: rt("rule.maxCount"), align: "right", cell: (r) => r.maxCount },
    { key: "interval", header: rt("rule.intervalDays"), align: "right", cell: (r) => r.intervalDays },
  ];
}

/** Who a customer is, as table columns: the customer lists and the activation preview show the same. */
export function customerColumns<C extends CustomerFacts>(rt: Rt): Column<C>[] {
  return [
    { key: "number", header: rt("customers.number"), cell: (c) => c.customerNumber },
    { key: "name", header: rt("customers.name"), cell: (c) => c.name },
    { key: "kind", header: rt("customers.kind"), cell: (c) => rt(c.isPerson ? "customers.person" : "customers.business") },
    { key: "country", header: rt("customers.country"), cell: (c) => c.countryCode },
    { key: "owner", header: rt("customers.owner"), cell: (c) => c.ownerName },
  ];
}
