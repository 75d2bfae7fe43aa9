import { useEffect, type RefObject } from "react";

/**
 * Names the browser tab after the page: "<the page's heading> – Reskontra". The shell watches its main
 * region, so every module page gets a title without knowing of it: the page's own h1 wins, else the
 * first h2 (a module page's card title), else the shell's hidden h1 naming the module.
 */
export function useDocumentTitle(main: RefObject<HTMLElement | null>, appName: string) {
  useEffect(() => {
    const region = main.current;
    if (!region) return;
    const update = () => {
      const heading =
        region.querySelector("h1:not([data-shell-heading])") ?? region.querySelector("h2") ?? region.querySelector("h1");
      const text = heading?.textContent?.trim();
      const title = text ? `${text} – ${appName}` : appName;
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      document.title = appName;
    };
  }, [main, appName]);
}
