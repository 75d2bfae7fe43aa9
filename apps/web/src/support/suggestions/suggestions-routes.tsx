import { lazy, Suspense } from "react";

const SuggestionsPages = lazy(() => import("./suggestions-pages").then((m) => ({ default: m.SuggestionsPages })));

/** The suggestions room of the support desk, loaded only when someone opens /support/suggestions. */
export function SuggestionsRoutes() {
  return (
    <Suspense fallback={null}>
      <SuggestionsPages />
    </Suspense>
  );
}
