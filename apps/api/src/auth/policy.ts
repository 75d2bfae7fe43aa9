/** Sliding idle timeout, within an absolute lifetime: an unattended browser signs itself out. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** Touching last_seen on every request would write on every read; once in this window is enough. */
export const SESSION_TOUCH_MS = 5 * 60 * 1000;

/**
 * Sign-in throttling (auth/throttle.ts). From one source, an account gets 5 free failures, then a
 * progressive delay before the next password is even checked: 30 s after the 5th, then 1, 2, 4, 8
 * and at most 15 minutes — a delay, never a hard lock, so the owner's own typos cost minutes.
 * Strangers' failures from other sources never touch the owner's source. A source gets 30 free
 * failures across all accounts; an account 50 across all sources, after which sources that never
 * signed in to it wait as above, while the owner's known sources (a success in 90 days) do not.
 * A row quiet for an hour is forgotten.
 */
export const THROTTLE_FREE_FAILURES = 5;
export const SOURCE_FREE_FAILURES = 30;
export const ACCOUNT_FREE_FAILURES = 50;
export const THROTTLE_BASE_DELAY_MS = 30 * 1000;
export const THROTTLE_MAX_DELAY_MS = 15 * 60 * 1000;
export const THROTTLE_FORGET_MS = 60 * 60 * 1000;
export const KNOWN_SOURCE_MS = 90 * 24 * 60 * 60 * 1000;

/** The roles that see identity codes or send money: their sessions begin only after a TOTP code. */
export const SECOND_FACTOR_ROLES = ["agent", "organizer_admin", "platform_admin"] as const;
/** Between the right password and the right code; long enough to open the app, short enough to go stale. */
export const SIGN_IN_CHALLENGE_MS = 10 * 60 * 1000;
export const SIGN_IN_CHALLENGE_COOKIE = "rsk_2fa";
/** Codes of the step before and after now are accepted too, for a phone's clock that is a little off. */
export const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 8;
