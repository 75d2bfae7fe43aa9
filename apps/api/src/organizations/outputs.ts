import { ROLES } from "@reskontra/db";
import { ORGANIZATION_KINDS, RESPONSIBILITY_AREAS } from "@reskontra/domain";
import { z } from "zod";

export const memberOutput = z.object({ userId: z.string(), name: z.string(), email: z.string(), role: z.enum(ROLES) });

const role = z.enum(ROLES);
const kind = z.enum(ORGANIZATION_KINDS);

export const organizationListOutput = z.array(
  z.object({
    id: z.string(),
    kind,
    name: z.string(),
    businessId: z.string().nullable(),
    deactivatedAt: z.date().nullable(),
    people: z.number(),
  }),
);

export const organizationOutput = z.object({
  id: z.string(),
  kind,
  name: z.string(),
  businessId: z.string().nullable(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  iban: z.string().nullable(),
  bic: z.string().nullable(),
  einvoiceAddress: z.string().nullable(),
  einvoiceOperator: z.string().nullable(),
  deactivatedAt: z.date().nullable(),
  servesOrganizerIds: z.array(z.string()),
});

/** A person as admins and the operator see them: never a password hash, a session or a token. */
export const personOutput = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  userNumber: z.string().nullable(),
  closedAt: z.date().nullable(),
  roles: z.array(role),
});

export const peopleOutput = z.object({
  organization: z.object({ id: z.string(), kind, name: z.string(), roles: z.array(role) }),
  people: z.array(personOutput),
  invitations: z.array(
    z.object({
      id: z.string(),
      email: z.string(),
      name: z.string().nullable(),
      roles: z.array(role),
      createdAt: z.date(),
      expiresAt: z.date(),
    }),
  ),
  responsible: z.array(z.object({ area: z.enum(RESPONSIBILITY_AREAS), userId: z.string() })),
});

export const invitedOutput = z.object({ id: z.string(), expiresAt: z.date() });

export const invitationViewOutput = z.object({
  organizationName: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  roles: z.array(role),
  existingAccount: z.boolean(),
  expiresAt: z.date(),
});

export const acceptedOutput = z.object({ userId: z.string(), organizationId: z.string(), signedIn: z.boolean() });

export const auditOutput = z.array(
  z.object({
    id: z.number(),
    at: z.date(),
    action: z.string(),
    actorName: z.string().nullable(),
    targetName: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  }),
);
