/** The workspace room of the support desk; its pages are routed here under /support/workspace. */
export function WorkspaceRoutes() {
  return null;
}
