import type { Db } from "@reskontra/db";
import type { Role } from "@reskontra/db";
import type { JobQueue } from "@reskontra/jobs";
import type { Logger } from "pino";

export type Locale = "fi" | "en";

export interface Membership {
  organizationId: string;
  organizationName: string;
  organizationKind: "operator" | "billing_company" | "organizer";
  role: Role;
}

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  userNumber: string | null;
}

export interface Auth {
  user: AuthUser;
  memberships: Membership[];
  via: "session" | "token";
  /** Hash of the session token, so logout can end exactly this session. */
  sessionTokenHash?: string;
}

export interface CookieJar {
  set(name: string, value: string, options: { maxAgeSeconds: number }): void;
  clear(name: string): void;
  /** A cookie the request carried (the sign-in challenge of auth/second-factor.ts). */
  get?(name: string): string | undefined;
}

/** Everything a use case may touch; tests build it directly, HTTP builds it from the request. */
export interface Deps {
  db: Db;
  clock: () => Date;
  jobs: JobQueue;
  logger: Logger;
  /** Where the app is reached, for links in the mails the api writes; http://localhost:3000 when unset. */
  publicUrl?: string;
}

export interface Context extends Deps {
  auth: Auth | null;
  /** Why auth is null when a credential was presented (expired, revoked), for a precise refusal. */
  authProblem: "SESSION_EXPIRED" | "TOKEN_INVALID" | null;
  locale: Locale;
  ip: string | null;
  requestId: string | null;
  cookies: CookieJar;
}

export const noCookies: CookieJar = { set() {}, clear() {} };

export function createContextInner(deps: Deps, opts: Partial<Omit<Context, keyof Deps>> = {}): Context {
  return {
    ...deps,
    auth: opts.auth ?? null,
    authProblem: opts.authProblem ?? null,
    locale: opts.locale ?? opts.auth?.user.locale ?? "fi",
    ip: opts.ip ?? null,
    requestId: opts.requestId ?? null,
    cookies: opts.cookies ?? noCookies,
  };
}
