import { Card } from "@reskontra/ui";
import { useShellText } from "./use-shell-text";
import type { ShellMessageKey } from "./messages";

export function PlaceholderPage({ title }: { title: ShellMessageKey }) {
  const { t } = useShellText();
  return (
    <Card title={t(title)}>
      <p>{t("module.comingSoon")}</p>
    </Card>
  );
}
