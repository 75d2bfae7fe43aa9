/** The third-parties room of the support desk; its pages are routed here under /support/third-parties. */
export function ThirdPartiesRoutes() {
  return null;
}
