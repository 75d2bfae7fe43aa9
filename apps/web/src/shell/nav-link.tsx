import type { ReactNode } from "react";
import { Link, useLocation } from "wouter";

/**
 * The tab and menu link React Router's NavLink used to render, with the same DOM: class "active" and
 * aria-current="page" while the current path is `to` or lies beneath it (`end` asks for the exact path only).
 * wouter's own Link knows only the exact match.
 */
export function NavLink({ to, end = false, children }: { to: string; end?: boolean; children: ReactNode }) {
  const [path] = useLocation();
  const here = path.toLowerCase();
  const target = to.toLowerCase();
  const active = here === target || (!end && here.startsWith(target) && here.charAt(target.length) === "/");
  return (
    <Link to={to} className={active ? "active" : ""} aria-current={active ? "page" : undefined}>
      {children}
    </Link>
  );
}
