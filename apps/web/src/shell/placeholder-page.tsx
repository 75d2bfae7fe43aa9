import { Card } from "@reskontra/ui";
import { useLocale } from "../i18n/locale";
import type { ShellMessageKey } from "./messages";

export function PlaceholderPage({ title }: { title: ShellMessageKey }) {
  const { t } = useLocale();
  return (
    <Card title={t(title)}>
      <p>{t("module.comingSoon")}</p>
    </Card>
  );
}
