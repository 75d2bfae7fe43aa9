import { Card } from "@reskontra/ui";
import { useShellText } from "./use-shell-text";
import type { ShellMessageKey } from "./messages";

export function HomePage({ me }: { me: { user: { name: string }; memberships: { organizationName: string; role: string }[] } }) {
  const { t } = useShellText();
  return (
    <Card title={t("home.welcome", { name: me.user.name })}>
      <h3>{t("home.roles")}</h3>
      <ul>
        {me.memberships.map((m) => (
          <li key={`${m.organizationName}-${m.role}`}>
            {t(`role.${m.role}` as ShellMessageKey)} — {m.organizationName}
          </li>
        ))}
      </ul>
    </Card>
  );
}
