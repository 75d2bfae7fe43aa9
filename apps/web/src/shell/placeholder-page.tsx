import { Card } from "@reskontra/ui";
import { useLocale } from "../i18n/locale";
import type { MessageKey } from "../i18n/messages";

export function PlaceholderPage({ title }: { title: MessageKey }) {
  const { t } = useLocale();
  return (
    <Card title={t(title)}>
      <p>{t("module.comingSoon")}</p>
    </Card>
  );
}
