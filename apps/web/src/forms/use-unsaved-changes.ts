import { useEffect } from "react";
import { useMessages } from "../i18n/locale";
import { formMessages } from "./messages";

/** Would following this click leave the page for another screen of the app (not a new tab, a download or an anchor)? */
function leavesScreen(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return false;
  }
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download")) return false;
  if (link.target && link.target !== "_self") return false;
  return (
    link.origin !== window.location.origin || link.pathname !== window.location.pathname || link.search !== window.location.search
  );
}

/**
 * Asks before unsaved input is lost while `dirty`: a link to another screen (wouter's links are
 * plain anchors, so one capturing listener sees them before the router does) asks first and
 * stays if the person cancels; closing or reloading the tab asks through `beforeunload`.
 * One line in a form: `useUnsavedChanges(form.formState.isDirty && !mutation.isSuccess)`.
 */
export function useUnsavedChanges(dirty: boolean): void {
  const { t } = useMessages(formMessages);
  const question = t("unsaved.leave");
  useEffect(() => {
    if (!dirty) return;
    const onClick = (event: MouseEvent) => {
      if (!leavesScreen(event) || window.confirm(question)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium asks only when returnValue is set; the browser shows its own words.
      event.returnValue = "";
    };
    document.addEventListener("click", onClick, true);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [dirty, question]);
}
