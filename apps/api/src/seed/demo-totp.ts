import { totpCodeAt } from "../auth/totp";

/**
 * The demo people whose roles need a second factor (agent, organizer admin, platform admin) share
 * this fixed TOTP secret, so a tester can add it to any authenticator app or run `pnpm demo:totp`.
 * Demo only: a real person's secret is made at enrolment and shown once.
 */
export const DEMO_TOTP_SECRET = "RESKONTRADEMO2FAKOODIRESKONTRA23";

/** The code an authenticator app with the demo secret shows at `at`. */
export function demoTotpCode(at: Date = new Date()): string {
  return totpCodeAt(DEMO_TOTP_SECRET, at);
}
