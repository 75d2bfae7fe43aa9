import { Tabs } from "@reskontra/ui";
import type { ReactNode } from "react";
import { useSearchParams } from "wouter";
import { useVoucherText, type VoucherTextKey } from "./texts";

export interface VoucherTab {
  id: string;
  label: VoucherTextKey;
}

/**
 * The chosen tab lives in the address (`?tab=events`), so a link can open a client straight on a
 * tab and the back button returns to the tab that was open. Unknown or missing: `fallback`.
 */
export function useTabParam(tabs: readonly VoucherTab[], fallback: string): [string, (id: string) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get("tab");
  const tab = tabs.some((t) => t.id === asked) && asked ? asked : fallback;
  return [tab, (id) => setParams({ tab: id }, { replace: true })];
}

/** The voucher pages' tab list with its panel: the shared Tabs (arrow keys, Home, End) with voucher texts. */
export function VoucherTabs({
  tabs,
  current,
  onSelect,
  label,
  children,
}: {
  tabs: readonly VoucherTab[];
  current: string;
  onSelect: (id: string) => void;
  label: string;
  children: ReactNode;
}) {
  const { v } = useVoucherText();
  return (
    <Tabs
      label={label}
      className="voucher-tabs"
      tabs={tabs.map((t) => ({ id: t.id, label: v(t.label) }))}
      selected={current}
      onSelect={onSelect}
    >
      {children}
    </Tabs>
  );
}
