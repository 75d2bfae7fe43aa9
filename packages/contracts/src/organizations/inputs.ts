import { isValidBusinessId, isValidIban, ORGANIZATION_KINDS, ROLES } from "@reskontra/domain";
import { z } from "zod";
import { plainString } from "../shared/plain-string";

// Forms and procedures of issue 14 (organizations, people, invitations, password and profile)
// check the same shapes, so a form refuses in the procedure's own words at the same field.

/** A password a person chooses: long rather than clever (NIST 800-63B); no composition rules. */
export const PASSWORD_MIN_LENGTH = 12;
export const newPassword = z
  .string()
  .max(200)
  .refine((value) => [...value.normalize("NFKC")].length >= PASSWORD_MIN_LENGTH, { message: "PASSWORD_TOO_SHORT" });

export const email = plainString()
  .trim()
  .max(254)
  .refine((value) => z.email().safeParse(value).success, { message: "EMAIL_INVALID" });

const optionalText = (max: number) =>
  plainString()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .default(null);

/** An organization as the operator creates or edits it; a provider names the organizers it serves. */
export const organizationInput = z.object({
  kind: z.enum(ORGANIZATION_KINDS),
  name: plainString().trim().min(1).max(200),
  businessId: optionalText(9).refine((value) => value === null || isValidBusinessId(value), { message: "BUSINESS_ID_INVALID" }),
  street: optionalText(200),
  postalCode: optionalText(20),
  city: optionalText(100),
  email: optionalText(254).refine((value) => value === null || z.email().safeParse(value).success, {
    message: "EMAIL_INVALID",
  }),
  phone: optionalText(40),
  iban: optionalText(42)
    .transform((value) => (value === null ? null : value.replace(/\s+/g, "").toUpperCase()))
    .refine((value) => value === null || isValidIban(value), { message: "IBAN_INVALID" }),
  bic: optionalText(11)
    .transform((value) => (value === null ? null : value.toUpperCase()))
    .refine((value) => value === null || /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(value), { message: "BIC_INVALID" }),
  einvoiceAddress: optionalText(35),
  einvoiceOperator: optionalText(35),
  /** For a billing company that provides voucher services: the organizers it serves. */
  servesOrganizerIds: z.array(z.uuid()).max(50).default([]),
});
export type OrganizationInput = z.input<typeof organizationInput>;

/** The roles an organization's admin may hand out; platform roles are the operator's own. */
export const inviteInput = z.object({
  email,
  name: optionalText(200),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
});
export type InviteInput = z.input<typeof inviteInput>;

/** The secret of an invitation or reset link: as the link carries it, never stored in the clear. */
export const linkToken = plainString().min(10).max(200);

export const acceptInvitationInput = z.object({
  token: linkToken,
  name: plainString().trim().min(1).max(200),
  password: newPassword,
});

export const requestPasswordResetInput = z.object({ email });
export const resetPasswordInput = z.object({ token: linkToken, password: newPassword });

export const profileInput = z.object({ name: plainString().trim().min(1).max(200), locale: z.enum(["fi", "en"]) });
export const changePasswordInput = z.object({ currentPassword: z.string().min(1).max(200), newPassword });

export const apiTokenInput = z.object({
  name: plainString().trim().min(1).max(80),
  expiresInDays: z.number().int().min(1).max(366),
});
