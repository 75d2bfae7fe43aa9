/** Sliding idle timeout, within an absolute lifetime: an unattended browser signs itself out. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** Touching last_seen on every request would write on every read; once in this window is enough. */
export const SESSION_TOUCH_MS = 5 * 60 * 1000;

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;
