import { asc, eq } from "drizzle-orm";
import { memberships, users } from "@reskontra/db";
import { acceptInvitationInput, inviteInput, linkToken, organizationInput } from "@reskontra/contracts/organizations";
import { FIRST_ADMIN_ROLE, RESPONSIBILITY_AREAS, ROLES } from "@reskontra/domain";
import { z } from "zod";
import { router } from "../trpc/init";
import { idOutput, okOutput } from "../trpc/outputs";
import { publicProcedure, roleProcedure, tenantProcedure } from "../trpc/procedures";
import { acceptInvitation, describeInvitation, inviteMember, revokeInvitation } from "./invitations";
import {
  createOrganization,
  getOrganization,
  listOrganizations,
  organizationPeople,
  setOrganizationActive,
  updateOrganization,
} from "./operator";
import {
  acceptedOutput,
  auditOutput,
  invitationViewOutput,
  invitedOutput,
  memberOutput,
  organizationListOutput,
  organizationOutput,
  peopleOutput,
  personOutput,
} from "./outputs";
import { closeAccount, listPeople, peopleAudit, reopenAccount, setResponsible, setRoles } from "./people";

/** Who manages an organization's people: its admins and user managers (the operator's platform admins in their own). */
const peopleAdmin = () => tenantProcedure("company_admin", "organizer_admin", "user_manager", "platform_admin");
const operator = roleProcedure("platform_admin");
const target = z.object({ userId: z.uuid() });

export const organizationsRouter = router({
  /** The people of one organization and their roles; for the admins who manage them. */
  members: tenantProcedure("company_admin", "accounting_admin", "user_manager", "organizer_admin")
    .output(z.array(memberOutput))
    .query(({ ctx }) =>
      ctx.db
        .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.organizationId, ctx.tenant.organizationId))
        .orderBy(asc(users.name)),
    ),

  // The operator's side: every organization, of every kind.
  list: operator.output(organizationListOutput).query(({ ctx }) => listOrganizations(ctx)),
  get: operator
    .input(z.object({ id: z.uuid() }))
    .output(organizationOutput)
    .query(({ ctx, input }) => getOrganization(ctx, input.id)),
  create: operator
    .input(organizationInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => createOrganization(ctx, input)),
  update: operator
    .input(z.object({ id: z.uuid(), values: organizationInput }))
    .output(idOutput)
    .mutation(({ ctx, input }) => updateOrganization(ctx, input.id, input.values)),
  setActive: operator
    .input(z.object({ id: z.uuid(), active: z.boolean() }))
    .output(okOutput)
    .mutation(({ ctx, input }) => setOrganizationActive(ctx, input.id, input.active)),
  peopleOf: operator
    .input(z.object({ id: z.uuid() }))
    .output(z.array(personOutput))
    .query(({ ctx, input }) => organizationPeople(ctx.db, input.id)),
  /** The first admin of a new organization; the role follows the organization's kind unless given. */
  inviteAdmin: operator
    .input(
      z.object({
        id: z.uuid(),
        email: inviteInput.shape.email,
        name: inviteInput.shape.name,
        roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
      }),
    )
    .output(invitedOutput)
    .mutation(async ({ ctx, input }) => {
      const organization = await getOrganization(ctx, input.id);
      const roles = input.roles.length > 0 ? input.roles : [FIRST_ADMIN_ROLE[organization.kind]];
      return inviteMember(ctx, input.id, { email: input.email, name: input.name, roles });
    }),

  // The organization's own admins: their people only.
  people: peopleAdmin()
    .output(peopleOutput)
    .query(({ ctx }) => listPeople(ctx, ctx.tenant.organizationId)),
  invite: peopleAdmin()
    .input(inviteInput)
    .output(invitedOutput)
    .mutation(({ ctx, input }) => inviteMember(ctx, ctx.tenant.organizationId, input)),
  revokeInvitation: peopleAdmin()
    .input(z.object({ invitationId: z.uuid() }))
    .output(okOutput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx, ctx.tenant.organizationId, input.invitationId)),
  setRoles: peopleAdmin()
    .input(target.extend({ roles: z.array(z.enum(ROLES)).max(ROLES.length) }))
    .output(okOutput)
    .mutation(({ ctx, input }) => setRoles(ctx, ctx.tenant.organizationId, input.userId, input.roles)),
  closeAccount: peopleAdmin()
    .input(target)
    .output(okOutput)
    .mutation(({ ctx, input }) => closeAccount(ctx, ctx.tenant.organizationId, input.userId)),
  reopenAccount: peopleAdmin()
    .input(target)
    .output(okOutput)
    .mutation(({ ctx, input }) => reopenAccount(ctx, ctx.tenant.organizationId, input.userId)),
  setResponsible: peopleAdmin()
    .input(z.object({ area: z.enum(RESPONSIBILITY_AREAS), userId: z.uuid().nullable() }))
    .output(okOutput)
    .mutation(({ ctx, input }) => setResponsible(ctx, ctx.tenant.organizationId, input.area, input.userId)),
  audit: peopleAdmin()
    .output(auditOutput)
    .query(({ ctx }) => peopleAudit(ctx, ctx.tenant.organizationId)),

  // The invitee, before they have an account: the link's token is the credential.
  invitation: publicProcedure
    .input(z.object({ token: linkToken }))
    .output(invitationViewOutput.nullable())
    .query(({ ctx, input }) => describeInvitation(ctx, input.token)),
  acceptInvitation: publicProcedure
    .input(acceptInvitationInput)
    .output(acceptedOutput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),
});
