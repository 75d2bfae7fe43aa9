/** The suggestions room of the support desk; its pages are routed here under /support/suggestions. */
export function SuggestionsRoutes() {
  return null;
}
