/** The phone room of the support desk; its pages are routed here under /support/phone. */
export function PhoneRoutes() {
  return null;
}
