/** The reports room of the support desk; its pages are routed here under /support/reports. */
export function ReportsRoutes() {
  return null;
}
