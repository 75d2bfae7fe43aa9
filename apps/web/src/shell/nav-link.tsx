import type { ReactNode } from "react";
import { Link, useLocation } from "wouter";
import { isActivePath } from "./active-path";

/**
 * The tab and menu link React Router's NavLink rendered, with the same DOM: class "active" and aria-current="page"
 * on the current page's link, class "" elsewhere. wouter's own Link knows only the exact path.
 */
export function NavLink({ to, end = false, children }: { to: string; end?: boolean; children: ReactNode }) {
  const [path] = useLocation();
  const active = isActivePath(path, to, end);
  return (
    <Link to={to} className={active ? "active" : ""} aria-current={active ? "page" : undefined}>
      {children}
    </Link>
  );
}
