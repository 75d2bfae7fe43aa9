import { parseHetu, quantityToThousandths } from "@reskontra/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import {
  voucherClients,
  voucherCreditReasons,
  voucherOrganizerSettings,
  voucherPurchasingPowers,
  voucherServices,
  voucherServiceTeamRights,
  writeAudit,
} from "@reskontra/db";
import { AppError } from "../errors";
import { helsinkiToday, type OrganizerContext } from "./context";
import { hetuVault, maskHetu } from "./hetu-vault";
import { requireProviderOfOrganizer } from "./organizer-providers";
import { refuseCode } from "./refuse";
import { requireOwnService } from "./services";

export async function organizerSettings(ctx: OrganizerContext) {
  const organizationId = ctx.tenant.organizationId;
  const [settings] = await ctx.db
    .select()
    .from(voucherOrganizerSettings)
    .where(eq(voucherOrganizerSettings.organizationId, organizationId));
  if (!settings) throw new AppError("ORGANIZER_SETTINGS_MISSING");
  const reasons = await ctx.db
    .select({ code: voucherCreditReasons.code, labelFi: voucherCreditReasons.labelFi, labelEn: voucherCreditReasons.labelEn })
    .from(voucherCreditReasons)
    .where(eq(voucherCreditReasons.organizationId, organizationId))
    .orderBy(asc(voucherCreditReasons.code));
  const services = await ctx.db
    .select({ id: voucherServices.id, code: voucherServices.code, name: voucherServices.name, unit: voucherServices.unit })
    .from(voucherServices)
    .where(eq(voucherServices.organizationId, organizationId))
    .orderBy(asc(voucherServices.name));
  return { settlementDay: settings.settlementDay, autoApprove: settings.autoApprove, creditReasons: reasons, services };
}

export interface CreditReason {
  code: string;
  labelFi: string;
  labelEn: string;
}

export interface SettingsChange {
  settlementDay: number;
  autoApprove: boolean;
  /** The whole list when given: credits keep their code as text, so removing one leaves history intact. */
  creditReasons?: CreditReason[] | undefined;
}

export async function updateOrganizerSettings(ctx: OrganizerContext, input: SettingsChange) {
  const now = ctx.clock();
  const organizationId = ctx.tenant.organizationId;
  const { creditReasons, ...settings } = input;
  const codes = (creditReasons ?? []).map((r) => r.code.toUpperCase());
  const duplicate = codes.findIndex((code, i) => codes.indexOf(code) !== i);
  if (duplicate >= 0) {
    throw new AppError("CREDIT_REASON_CODE_TAKEN", {
      field: `creditReasons.${duplicate}.code`,
      params: { code: codes[duplicate] ?? "" },
    });
  }
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(voucherOrganizerSettings)
      .where(eq(voucherOrganizerSettings.organizationId, organizationId));
    const reasonsBefore = await tx
      .select({ code: voucherCreditReasons.code, labelFi: voucherCreditReasons.labelFi, labelEn: voucherCreditReasons.labelEn })
      .from(voucherCreditReasons)
      .where(eq(voucherCreditReasons.organizationId, organizationId))
      .orderBy(asc(voucherCreditReasons.code));
    await tx
      .insert(voucherOrganizerSettings)
      .values({ organizationId, ...settings, updatedAt: now })
      .onConflictDoUpdate({ target: voucherOrganizerSettings.organizationId, set: { ...settings, updatedAt: now } });
    if (creditReasons) {
      await tx.delete(voucherCreditReasons).where(eq(voucherCreditReasons.organizationId, organizationId));
      if (creditReasons.length > 0)
        await tx
          .insert(voucherCreditReasons)
          .values(
            creditReasons.map((r) => ({ organizationId, code: r.code.toUpperCase(), labelFi: r.labelFi, labelEn: r.labelEn })),
          );
    }
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: "voucher.settings.updated",
      entityType: "voucher_organizer_settings",
      entityId: organizationId,
      before: before
        ? { settlementDay: before.settlementDay, autoApprove: before.autoApprove, creditReasons: reasonsBefore }
        : null,
      after: input,
      requestId: ctx.requestId,
    });
  });
  return organizerSettings(ctx);
}

export interface NewClient {
  name: string;
  hetu: string;
  street?: string | null | undefined;
  postalCode?: string | null | undefined;
  city?: string | null | undefined;
  email?: string | null | undefined;
}

/** Registers a client of the county; the identity code is validated, encrypted and hashed, and the audit row has only its mask. */
export async function createClient(ctx: OrganizerContext, input: NewClient) {
  const hetu = input.hetu.trim().toUpperCase();
  const parsed = parseHetu(hetu, { today: helsinkiToday(ctx) });
  if (!parsed.ok) refuseCode(parsed.code, "hetu");
  const vault = hetuVault();
  const now = ctx.clock();
  const organizationId = ctx.tenant.organizationId;
  return ctx.db.transaction(async (tx) => {
    // The unique index knows the current key's hash only; during a key rotation a client may still be under the previous one.
    const [taken] = await tx
      .select({ id: voucherClients.id })
      .from(voucherClients)
      .where(and(eq(voucherClients.organizationId, organizationId), inArray(voucherClients.hetuHash, vault.hashes(hetu))));
    if (taken) throw new AppError("HETU_TAKEN", { field: "hetu" });
    const [row] = await tx
      .insert(voucherClients)
      .values({
        organizationId,
        name: input.name,
        hetuCiphertext: vault.encrypt(hetu),
        hetuHash: vault.hash(hetu),
        hetuMasked: maskHetu(hetu),
        street: input.street ?? null,
        postalCode: input.postalCode ?? null,
        city: input.city ?? null,
        email: input.email ?? null,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: voucherClients.id });
    if (!row) throw new AppError("HETU_TAKEN", { field: "hetu" });
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: "voucher.client.created",
      entityType: "voucher_client",
      entityId: row.id,
      after: { name: input.name, hetu: maskHetu(hetu) },
      requestId: ctx.requestId,
    });
    return { id: row.id };
  });
}

/** The organizer's own view of a client: the full identity code, which its role needs. */
export async function organizerClient(ctx: OrganizerContext, clientId: string) {
  const [client] = await ctx.db
    .select()
    .from(voucherClients)
    .where(and(eq(voucherClients.id, clientId), eq(voucherClients.organizationId, ctx.tenant.organizationId)));
  if (!client) throw new AppError("CLIENT_NOT_FOUND", { field: "clientId" });
  return { id: client.id, name: client.name, hetu: hetuVault().decrypt(client.hetuCiphertext), hetuMasked: client.hetuMasked };
}

export interface NewPower {
  clientId: string;
  serviceId: string;
  providerId?: string | null | undefined;
  voucherNumber: string;
  kind: "units" | "balance";
  unitValueCents: number;
  quantity?: number | undefined;
  balanceCents?: number | undefined;
  validFrom: string;
  validTo: string;
}

/** Grants a voucher (ostovoima or saldo-ostovoima) to a client of this county. */
export async function grantPurchasingPower(ctx: OrganizerContext, input: NewPower) {
  const organizationId = ctx.tenant.organizationId;
  const now = ctx.clock();
  if (input.kind === "units" && input.quantity === undefined) throw new AppError("INPUT_INVALID", { field: "quantity" });
  if (input.kind === "balance" && input.balanceCents === undefined)
    throw new AppError("INPUT_INVALID", { field: "balanceCents" });
  if (input.validTo < input.validFrom) refuseCode("DATE_RANGE_INVALID", "validTo");
  return ctx.db.transaction(async (tx) => {
    const [client] = await tx
      .select({ id: voucherClients.id })
      .from(voucherClients)
      .where(and(eq(voucherClients.id, input.clientId), eq(voucherClients.organizationId, organizationId)));
    if (!client) throw new AppError("CLIENT_NOT_FOUND", { field: "clientId" });
    await requireOwnService(tx, organizationId, input.serviceId);
    if (input.providerId) await requireProviderOfOrganizer(tx, organizationId, input.providerId);
    const [power] = await tx
      .insert(voucherPurchasingPowers)
      .values({
        organizationId,
        clientId: input.clientId,
        serviceId: input.serviceId,
        providerId: input.providerId ?? null,
        voucherNumber: input.voucherNumber.toUpperCase(),
        kind: input.kind,
        unitValueCents: input.unitValueCents,
        quantityMilli:
          input.kind === "units" && input.quantity !== undefined ? quantityToThousandths(input.quantity, "quantity") : null,
        balanceCents: input.kind === "balance" ? (input.balanceCents ?? null) : null,
        validFrom: input.validFrom,
        validTo: input.validTo,
        status: "granted",
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: voucherPurchasingPowers.id });
    if (!power) {
      throw new AppError("VOUCHER_NUMBER_TAKEN", {
        field: "voucherNumber",
        params: { voucherNumber: input.voucherNumber.toUpperCase() },
      });
    }
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: "voucher.power.granted",
      entityType: "voucher_purchasing_power",
      entityId: power.id,
      after: { ...input, voucherNumber: input.voucherNumber.toUpperCase() },
      requestId: ctx.requestId,
    });
    return { id: power.id };
  });
}

/** A service team's decision that a provider may serve a client's service: the client becomes visible to it. */
export async function grantServiceTeamRight(
  ctx: OrganizerContext,
  input: {
    clientId: string;
    serviceId: string;
    providerId: string;
    teamName: string;
    validFrom: string;
    validTo?: string | null | undefined;
  },
) {
  const organizationId = ctx.tenant.organizationId;
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const [client] = await tx
      .select({ id: voucherClients.id })
      .from(voucherClients)
      .where(and(eq(voucherClients.id, input.clientId), eq(voucherClients.organizationId, organizationId)));
    if (!client) throw new AppError("CLIENT_NOT_FOUND", { field: "clientId" });
    await requireOwnService(tx, organizationId, input.serviceId);
    await requireProviderOfOrganizer(tx, organizationId, input.providerId);
    const [right] = await tx
      .insert(voucherServiceTeamRights)
      .values({ organizationId, ...input, validTo: input.validTo ?? null, createdAt: now })
      .returning({ id: voucherServiceTeamRights.id });
    if (!right) throw new Error("right insert returned nothing");
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: "voucher.service_team_right.granted",
      entityType: "voucher_client",
      entityId: input.clientId,
      after: input,
      requestId: ctx.requestId,
    });
    return { id: right.id };
  });
}
