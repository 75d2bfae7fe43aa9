import { Link } from "wouter";
import { useShellText } from "./use-shell-text";

/** What a route the caller's roles cannot use shows, instead of a blank page or a module's error. */
export function NoAccessPage() {
  const { t } = useShellText();
  return (
    <section className="rk-card" data-testid="no-access">
      <h1>{t("noAccess.title")}</h1>
      <p>{t("noAccess.body")}</p>
      <p>
        <Link to="/">{t("noAccess.home")}</Link>
      </p>
    </section>
  );
}
