import { useMessages } from "../i18n/locale";
import { useShellText } from "../shell/use-shell-text";
import { organizationMessages } from "./messages";

/** `ot(key)` for these screens, and `roleName(role)` in the shell's words, shown wherever a role is. */
export function useOrganizationText() {
  const { t: ot, locale } = useMessages(organizationMessages);
  const { t } = useShellText();
  const roleName = (role: string) => t(`role.${role}` as Parameters<typeof t>[0]);
  return { ot, locale, roleName };
}
