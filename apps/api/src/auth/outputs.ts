import { ROLES } from "@reskontra/db";
import { z } from "zod";

const locale = z.enum(["fi", "en"]);

/** Who the caller is and where it may act; never a password hash or a token digest. */
export const meOutput = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    locale,
    userNumber: z.string().nullable(),
  }),
  memberships: z.array(
    z.object({
      organizationId: z.string(),
      organizationName: z.string(),
      organizationKind: z.enum(["operator", "billing_company", "organizer"]),
      role: z.enum(ROLES),
    }),
  ),
  via: z.enum(["session", "token"]),
});

/** `secondFactor` names the step still needed before a session exists; null when there is none. */
export const loginOutput = z.object({ userId: z.string(), secondFactor: z.enum(["verify", "enrol"]).nullable() });
export const secondFactorVerifiedOutput = z.object({ userId: z.string(), recoveryCodesLeft: z.number().int() });
/** Shown once, while setting up the app; never returned again. */
export const enrolmentOutput = z.object({ secret: z.string(), uri: z.string(), qrSvgDataUrl: z.string() });
/** Shown once, when the app is confirmed; only their digests are kept. */
export const enrolledOutput = z.object({ userId: z.string(), recoveryCodes: z.array(z.string()) });
export const localeOutput = z.object({ locale });
/** The token is shown once, at creation; only its digest is stored. */
export const createdTokenOutput = z.object({ id: z.string(), token: z.string() });
