import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "info" | "warning" | "danger" | "success";

/**
 * A short state label ("Lähetetty", "Myöhässä"). The tone is colour only; the text carries the
 * meaning, so the badge reads the same to a screen reader and in grey-scale print.
 */
export function StatusBadge({ tone = "neutral", children, testId }: { tone?: BadgeTone; children: ReactNode; testId?: string }) {
  return (
    <span className={`rk-badge rk-badge--${tone}`} data-testid={testId}>
      {children}
    </span>
  );
}
