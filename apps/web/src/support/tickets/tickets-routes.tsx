/** The tickets room of the support desk; its pages are routed here under /support/tickets. */
export function TicketsRoutes() {
  return null;
}
