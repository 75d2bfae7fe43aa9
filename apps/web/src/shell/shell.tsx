import { Button } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link } from "wouter";
import { useShellText } from "./use-shell-text";
import type { ShellMessageKey } from "./messages";
import { useTRPC } from "../trpc";
import { NavLink } from "./nav-link";
import { NotificationsMenu } from "./notifications-menu";

const NAV: { to: string; label: ShellMessageKey }[] = [
  { to: "/", label: "nav.home" },
  { to: "/invoices", label: "nav.invoices" },
  { to: "/vouchers", label: "nav.vouchers" },
  { to: "/reminders", label: "nav.reminders" },
  { to: "/support", label: "nav.support" },
  { to: "/organizations", label: "nav.organizations" },
];

export function Shell({ userName, children }: { userName: string; children: ReactNode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale, setLocale } = useShellText();
  const logout = useMutation(trpc.auth.logout.mutationOptions({ onSettled: () => queryClient.resetQueries() }));
  const setServerLocale = useMutation(trpc.auth.setLocale.mutationOptions());

  function switchLocale(next: "fi" | "en") {
    setLocale(next);
    setServerLocale.mutate({ locale: next });
  }

  return (
    <div className="shell">
      <header className="shell__top">
        <strong>{t("appName")}</strong>
        <nav aria-label="main">
          {NAV.map((item) => (
            <NavLink key={item.to} to={item.to} end={item.to === "/"}>
              {t(item.label)}
            </NavLink>
          ))}
        </nav>
        <div className="shell__user">
          <NotificationsMenu />
          <Link to="/account" data-testid="signed-in-user" title={t("nav.account")}>
            {userName}
          </Link>
          <label>
            <span className="visually-hidden">{t("shell.language")}</span>
            <select
              aria-label={t("shell.language")}
              value={locale}
              onChange={(e) => switchLocale(e.target.value === "en" ? "en" : "fi")}
            >
              <option value="fi">Suomi</option>
              <option value="en">English</option>
            </select>
          </label>
          <Button variant="secondary" onClick={() => logout.mutate()}>
            {t("shell.logout")}
          </Button>
        </div>
      </header>
      <main className="shell__main">{children}</main>
    </div>
  );
}
