import { formatDate, formatMoney, Money, SelectField, Alert } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { refusalOf, useTRPC } from "../trpc";
import type { DryRunItem } from "./api-types";
import { rateText } from "./rate-text";
import { useReminderText } from "./texts";

/**
 * A dry-run row's late interest: the total, each half-year's share with its own rate, and, when a
 * half-year's reference rate is missing, that in words on the invoice itself.
 */
export function InterestCell({ item }: { item: Pick<DryRunItem, "interestCents" | "interestPeriods" | "interestMissing"> }) {
  const { rt, locale } = useReminderText();
  return (
    <>
      {item.interestCents === null ? null : <Money cents={item.interestCents} locale={locale} />}
      {item.interestPeriods.length > 1 ? (
        <ul className="reminders-periods">
          {item.interestPeriods.map((p) => (
            <li key={p.from}>
              {rt("dry.period", {
                rate: rateText(p.rateBp, locale),
                from: formatDate(p.from, locale),
                to: formatDate(p.to, locale),
                days: p.days,
                amount: formatMoney(p.cents, locale),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {item.interestMissing.length > 0 ? (
        <small role="alert" className="rk-error" data-testid="rate-missing">
          {rt("dry.rateMissing", { periods: item.interestMissing.join(", ") })}
        </small>
      ) : null}
    </>
  );
}

/** The company's choice when a reference rate is missing: hold (default) or send without interest, flagged. */
export function MissingRatePolicy({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { rt } = useReminderText();
  const status = useQuery(trpc.reminders.status.queryOptions({ organizationId }));
  const save = useMutation(
    trpc.reminders.setMissingRatePolicy.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.reminders.pathFilter()),
    }),
  );
  const value = status.data?.onMissingRate ?? "hold";
  return (
    <>
      <SelectField
        label={rt("policy.label")}
        value={value}
        disabled={save.isPending || !status.data}
        onChange={(e) =>
          save.mutate({ organizationId, onMissingRate: e.target.value === "send_flagged" ? "send_flagged" : "hold" })
        }
        options={[
          { value: "hold", label: rt("policy.hold") },
          { value: "send_flagged", label: rt("policy.send_flagged") },
        ]}
      />
      {save.isSuccess ? <Alert tone="success">{rt("policy.saved")}</Alert> : null}
      {save.error ? <Alert>{refusalOf(save.error)?.message}</Alert> : null}
    </>
  );
}
