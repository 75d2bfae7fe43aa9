import { StatusBadge } from "@reskontra/ui";
import { currentClock, slaLabel, type SlaClock } from "./sla-text";
import { useWorkspaceText } from "./use-workspace-text";

/** One SLA clock as a badge: time left, overdue, paused or met, in support hours. */
export function SlaClockBadge({ clock, testId }: { clock: SlaClock; testId?: string }) {
  const { t } = useWorkspaceText();
  const label = slaLabel(clock);
  const time = label.time ? t(label.time.key, label.time.params) : "";
  return (
    <StatusBadge tone={label.tone} {...(testId ? { testId } : {})}>
      {t(label.key, { time })}
    </StatusBadge>
  );
}

/** The clock that matters now (first response, then resolution), named. */
export function SlaBadge({ sla }: { sla: { firstResponse: SlaClock; resolution: SlaClock } }) {
  const { t } = useWorkspaceText();
  const { which, clock } = currentClock(sla);
  return (
    <span className="ws-sla">
      <small className="rk-hint">{t(which)}</small> <SlaClockBadge clock={clock} />
    </span>
  );
}
