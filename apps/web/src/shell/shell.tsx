import { Button } from "@reskontra/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useCallback, useRef, useState, type ReactNode } from "react";
import { Link, useLocation } from "wouter";
import { useShellText } from "./use-shell-text";
import type { ShellMessageKey } from "./messages";
import { moduleOfPath, type Module } from "./modules";
import { useTRPC } from "../trpc";
import { NavLink } from "./nav-link";
import "./shell.css";
import { useDocumentTitle } from "./use-document-title";
import { useEscape } from "./use-escape";

// Its own chunk: the first screen's script stays within budget, and the notices arrive a moment after the page.
const NotificationsMenu = lazy(() => import("./notifications-menu").then((m) => ({ default: m.NotificationsMenu })));

const NAV: { to: string; label: ShellMessageKey; module: Module | null }[] = [
  { to: "/", label: "nav.home", module: null },
  { to: "/invoices", label: "nav.invoices", module: "invoices" },
  { to: "/vouchers", label: "nav.vouchers", module: "vouchers" },
  { to: "/reminders", label: "nav.reminders", module: "reminders" },
  { to: "/support", label: "nav.support", module: "support" },
  { to: "/organizations", label: "nav.organizations", module: "organizations" },
];

/**
 * The frame of every signed-in page: a skip link, the navigation of the modules the person may use, the
 * user's corner, and the main region whose heading names the tab. Below 900 px the navigation and the
 * user's corner fold behind a menu button.
 */
export function Shell({
  userName,
  modules,
  modulesPending = false,
  children,
}: {
  userName: string;
  modules: ReadonlySet<Module>;
  /** Whether a module may still appear (the home summary that tells a voucher provider is loading). */
  modulesPending?: boolean;
  children: ReactNode;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale, setLocale } = useShellText();
  const logout = useMutation(trpc.auth.logout.mutationOptions({ onSettled: () => queryClient.resetQueries() }));
  const setServerLocale = useMutation(trpc.auth.setLocale.mutationOptions());
  const main = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const [path] = useLocation();
  useDocumentTitle(main, t("appName"));
  // The page's one h1 names where the person is (a screen reader's first landmark); the cards' h2s name
  // the parts. Pages that have a heading of their own (home, reports) keep it: theirs names the tab; a
  // module the person may not use gets none, the no-access page's h1 says so.
  const here = moduleOfPath(path);
  const heading = here
    ? modules.has(here)
      ? NAV.find((item) => item.module === here)?.label
      : undefined
    : path.toLowerCase().startsWith("/account")
      ? "nav.account"
      : undefined;

  const closeMenu = useCallback(() => {
    setMenuOpen(false);
    menuButton.current?.focus();
  }, []);
  useEscape(menuOpen, closeMenu);
  // A link followed from the phone menu closes it: the menu belongs to the page it was opened on.
  const [menuPath, setMenuPath] = useState(path);
  if (menuOpen && menuPath !== path) {
    setMenuPath(path);
    setMenuOpen(false);
  }

  function switchLocale(next: "fi" | "en") {
    setLocale(next);
    setServerLocale.mutate({ locale: next });
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("shell.skip")}
      </a>
      <header className="shell__top">
        <strong>{t("appName")}</strong>
        <button
          ref={menuButton}
          type="button"
          className="shell__menu-button rk-button rk-button--secondary"
          aria-expanded={menuOpen}
          aria-controls="shell-menu"
          onClick={() => {
            setMenuPath(path);
            setMenuOpen((open) => !open);
          }}
        >
          {t("shell.menu")}
        </button>
        <div id="shell-menu" className={menuOpen ? "shell__menu shell__menu--open" : "shell__menu"}>
          <nav aria-label="main" aria-busy={modulesPending}>
            {NAV.filter((item) => item.module === null || modules.has(item.module)).map((item) => (
              <NavLink key={item.to} to={item.to} end={item.to === "/"}>
                {t(item.label)}
              </NavLink>
            ))}
          </nav>
          <div className="shell__user">
            <Suspense fallback={null}>
              <NotificationsMenu />
            </Suspense>
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
        </div>
      </header>
      <main id="main" tabIndex={-1} className="shell__main" ref={main}>
        {heading ? (
          <h1 className="visually-hidden" data-shell-heading="">
            {t(heading)}
          </h1>
        ) : null}
        {children}
      </main>
    </div>
  );
}
