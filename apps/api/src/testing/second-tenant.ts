import {
  memberships,
  organizations,
  users,
  voucherClients,
  voucherCreditReasons,
  voucherErrorReports,
  voucherEvents,
  voucherOrganizerSettings,
  voucherPurchasingPowers,
  voucherServicePrices,
  voucherServices,
  voucherServiceTeamRights,
  voucherSettlementLines,
  voucherSettlements,
  type Db,
  type Role,
} from "@reskontra/db";
import { hashPassword } from "../auth/password";
import { DEMO_PASSWORD } from "../seed/demo-people";
import { hetuVault, maskHetu } from "../vouchers/hetu-vault";

/** The second county's people; they sign in with the demo password. */
export const SECOND_TENANT_PEOPLE = {
  organizerAdmin: "toinen.jarjestaja@tenant-b.test",
  providerUser: "toinen.tuottaja@tenant-b.test",
  companyAdmin: "toinen.paakayttaja@tenant-b.test",
} as const;

/**
 * The same voucher number as a demo voucher of Pirkanmaa: numbers are unique per organizer, so the
 * second county may use it too, and neither learns of the other's.
 */
export const SECOND_TENANT_VOUCHER_NUMBER = "PS-2026-0002";

export interface SecondTenant {
  organizerId: string;
  providerId: string;
  userIds: Record<keyof typeof SECOND_TENANT_PEOPLE, string>;
  serviceId: string;
  serviceName: string;
  clientId: string;
  clientName: string;
  powerId: string;
  /** An event the organizer has not settled: approve, reject, edit, delete. */
  eventId: string;
  /** A settled event: credit, error report. */
  settledEventId: string;
  errorReportId: string;
  settlementLineId: string;
}

/**
 * A second county with its own provider, service, client, voucher, events, an open error report
 * and a settlement, written straight into the tables: what the cross-tenant tests attack.
 */
export async function addSecondTenant(db: Db): Promise<SecondTenant> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const vault = hetuVault();
  return db.transaction(async (tx) => {
    const [organizer] = await tx
      .insert(organizations)
      .values({ kind: "organizer", name: "Toinen hyvinvointialue", businessId: "1572860-0" })
      .returning({ id: organizations.id });
    const [provider] = await tx
      .insert(organizations)
      .values({ kind: "billing_company", name: "Toisen Tuottaja Oy" })
      .returning({ id: organizations.id });
    if (!organizer || !provider) throw new Error("second tenant organizations missing");

    const person = async (email: string, name: string, organizationId: string, role: Role, userNumber: string | null) => {
      const [user] = await tx.insert(users).values({ email, name, passwordHash, userNumber }).returning({ id: users.id });
      if (!user) throw new Error(`could not add ${email}`);
      await tx.insert(memberships).values({ userId: user.id, organizationId, role });
      return user.id;
    };
    const userIds = {
      organizerAdmin: await person(
        SECOND_TENANT_PEOPLE.organizerAdmin,
        "Toini Järjestäjä",
        organizer.id,
        "organizer_admin",
        null,
      ),
      providerUser: await person(SECOND_TENANT_PEOPLE.providerUser, "Taisto Tuottaja", provider.id, "user", "200201"),
      companyAdmin: await person(SECOND_TENANT_PEOPLE.companyAdmin, "Tyyne Pääkäyttäjä", provider.id, "company_admin", null),
    };

    await tx.insert(voucherOrganizerSettings).values({ organizationId: organizer.id, settlementDay: 6, autoApprove: false });
    await tx
      .insert(voucherCreditReasons)
      .values({ organizationId: organizer.id, code: "VIRHE", labelFi: "Virhe", labelEn: "Error" });
    const serviceName = "Toisen kunnan kotihoito";
    const [service] = await tx
      .insert(voucherServices)
      .values({ organizationId: organizer.id, code: "KOTIHOITO", name: serviceName, unit: "h" })
      .returning({ id: voucherServices.id });
    if (!service) throw new Error("second tenant service missing");
    await tx
      .insert(voucherServicePrices)
      .values({ serviceId: service.id, providerId: provider.id, unitPriceCents: 5200, validFrom: "2020-01-01" });

    const hetu = "150472-123E";
    const clientName = "Bertta Toinen";
    const [client] = await tx
      .insert(voucherClients)
      .values({
        organizationId: organizer.id,
        name: clientName,
        hetuCiphertext: vault.encrypt(hetu),
        hetuHash: vault.hash(hetu),
        hetuMasked: maskHetu(hetu),
        street: "Toinen katu 2",
        postalCode: "20100",
        city: "Turku",
      })
      .returning({ id: voucherClients.id });
    if (!client) throw new Error("second tenant client missing");
    const [power] = await tx
      .insert(voucherPurchasingPowers)
      .values({
        organizationId: organizer.id,
        clientId: client.id,
        serviceId: service.id,
        providerId: provider.id,
        voucherNumber: SECOND_TENANT_VOUCHER_NUMBER,
        kind: "units",
        unitValueCents: 4000,
        quantityMilli: 20_000,
        validFrom: "2026-01-01",
        validTo: "2026-12-31",
        status: "open",
      })
      .returning({ id: voucherPurchasingPowers.id });
    if (!power) throw new Error("second tenant power missing");
    await tx.insert(voucherServiceTeamRights).values({
      organizationId: organizer.id,
      clientId: client.id,
      serviceId: service.id,
      providerId: provider.id,
      teamName: "Toinen tiimi",
      validFrom: "2026-01-01",
    });

    const [settlement] = await tx
      .insert(voucherSettlements)
      .values({
        organizationId: organizer.id,
        period: "2026-09",
        coversBefore: "2026-10-01",
        runAt: new Date("2026-10-10T06:00:00Z"),
      })
      .returning({ id: voucherSettlements.id });
    if (!settlement) throw new Error("second tenant settlement missing");
    const event = (startsAt: string, state: "recorded" | "settled", settlementId: string | null) => ({
      organizationId: organizer.id,
      providerId: provider.id,
      recordedBy: userIds.providerUser,
      clientId: client.id,
      purchasingPowerId: power.id,
      serviceId: service.id,
      startsAt: new Date(startsAt),
      endsAt: new Date(new Date(startsAt).getTime() + 3_600_000),
      eventDate: startsAt.slice(0, 10),
      content: "Toisen kunnan käynti",
      unitsMilli: 1000,
      unitPriceCents: 5200,
      priceCents: 5200,
      voucherValueCents: 4000,
      coPaymentCents: 1200,
      state,
      settlementId,
    });
    const [recorded, settled] = await tx
      .insert(voucherEvents)
      .values([event("2026-11-16T08:00:00Z", "recorded", null), event("2026-09-14T08:00:00Z", "settled", settlement.id)])
      .returning({ id: voucherEvents.id });
    if (!recorded || !settled) throw new Error("second tenant events missing");
    const [line] = await tx
      .insert(voucherSettlementLines)
      .values({
        settlementId: settlement.id,
        providerId: provider.id,
        eventCount: 1,
        approvedCents: 4000,
        creditCount: 0,
        creditCents: 0,
        carriedInCents: 0,
        payableCents: 4000,
        carriedOutCents: 0,
      })
      .returning({ id: voucherSettlementLines.id });
    const [report] = await tx
      .insert(voucherErrorReports)
      .values({
        organizationId: organizer.id,
        providerId: provider.id,
        eventId: settled.id,
        reportedBy: userIds.providerUser,
        message: "Toisen kunnan tapahtumassa on virhe.",
      })
      .returning({ id: voucherErrorReports.id });
    if (!line || !report) throw new Error("second tenant settlement line or report missing");

    return {
      organizerId: organizer.id,
      providerId: provider.id,
      userIds,
      serviceId: service.id,
      serviceName,
      clientId: client.id,
      clientName,
      powerId: power.id,
      eventId: recorded.id,
      settledEventId: settled.id,
      errorReportId: report.id,
      settlementLineId: line.id,
    };
  });
}
