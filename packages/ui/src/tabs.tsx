import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from "react";

const KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"]);

/** The item a key moves to from `from` among `count` (wrapping at the ends), or null for another key. */
export function tabIndexAfterKey(key: string, from: number, count: number): number | null {
  if (!KEYS.has(key) || count === 0) return null;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  const step = key === "ArrowLeft" || key === "ArrowUp" ? -1 : 1;
  return (from + step + count) % count;
}

/** Roving tabindex: only `current` of the items is in the tab order. */
function rove(items: HTMLElement[], current: number) {
  items.forEach((item, i) => item.setAttribute("tabindex", i === current ? "0" : "-1"));
}

/**
 * In-page tabs (WAI-ARIA tabs pattern): a tablist whose one tab is in the tab order; the arrow keys,
 * Home and End move between the tabs and select the one they reach; the panel is labelled by its tab.
 */
export function Tabs<Id extends string>({
  label,
  tabs,
  selected,
  onSelect,
  className,
  children,
}: {
  label: string;
  tabs: { id: Id; label: ReactNode }[];
  selected: Id;
  onSelect: (id: Id) => void;
  className?: string;
  /** The selected tab's panel. */
  children: ReactNode;
}) {
  const base = useId();
  const list = useRef<HTMLDivElement>(null);
  const tabId = (id: string) => `${base}-tab-${id}`;
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const from = tabs.findIndex((t) => t.id === selected);
    const to = tabIndexAfterKey(event.key, from, tabs.length);
    const next = to === null ? undefined : tabs[to];
    if (!next) return;
    event.preventDefault();
    onSelect(next.id);
    list.current?.ownerDocument.getElementById(tabId(next.id))?.focus();
  }
  return (
    <>
      <div role="tablist" aria-label={label} className={className} ref={list}>
        {tabs.map((t) => (
          <button
            key={t.id}
            id={tabId(t.id)}
            type="button"
            role="tab"
            aria-selected={t.id === selected}
            aria-controls={`${base}-panel`}
            tabIndex={t.id === selected ? 0 : -1}
            className={t.id === selected ? "active" : ""}
            onClick={() => onSelect(t.id)}
            onKeyDown={onKeyDown}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={tabId(selected)} tabIndex={0}>
        {children}
      </div>
    </>
  );
}

/**
 * A module's tabs that are pages (links with aria-current="page" on the current one), in a labelled
 * navigation landmark. The same keys as Tabs move between the links (roving tabindex: the current
 * page's link is the one in the tab order); Enter follows the link as usual.
 */
export function TabLinks({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const nav = useRef<HTMLElement>(null);
  const links = () => [...(nav.current?.querySelectorAll<HTMLElement>("a[href]") ?? [])];
  useLayoutEffect(() => {
    const all = links();
    const current = all.findIndex((a) => a.getAttribute("aria-current") === "page");
    rove(all, Math.max(0, current));
  });
  // Listened to on the nav (the links are the caller's, e.g. the router's link components).
  useEffect(() => {
    const element = nav.current;
    if (!element) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const all = links();
      const from = all.findIndex((a) => a === document.activeElement);
      const to = tabIndexAfterKey(event.key, Math.max(0, from), all.length);
      if (to === null || from < 0) return;
      event.preventDefault();
      rove(all, to);
      all[to]?.focus();
    };
    element.addEventListener("keydown", onKeyDown);
    return () => element.removeEventListener("keydown", onKeyDown);
  }, []);
  return (
    <nav aria-label={label} className={className} ref={nav}>
      {children}
    </nav>
  );
}
