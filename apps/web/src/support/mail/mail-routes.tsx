/** The mail room of the support desk; its pages are routed here under /support/mail. */
export function MailRoutes() {
  return null;
}
