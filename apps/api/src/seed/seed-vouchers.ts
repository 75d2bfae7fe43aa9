import { toHelsinkiWallClock } from "@reskontra/domain";
import { and, eq, inArray } from "drizzle-orm";
import {
  voucherBookings,
  voucherClientNumbers,
  voucherClients,
  voucherCreditReasons,
  voucherEvents,
  voucherOrganizerSettings,
  voucherPurchasingPowers,
  voucherServicePrices,
  voucherServices,
  voucherServiceTeamRights,
  type Db,
} from "@reskontra/db";
import { priceEvent } from "../vouchers/event-pricing";
import { hetuVault, maskHetu } from "../vouchers/hetu-vault";
import {
  DEMO_BOOKINGS,
  DEMO_CLIENTS,
  DEMO_CREDIT_REASONS,
  DEMO_EVENTS,
  DEMO_POWERS,
  DEMO_SERVICE_TEAM_RIGHTS,
  DEMO_SERVICES,
  DEMO_VOUCHER_SETTINGS,
} from "./demo-vouchers";
import type { SeededDemo } from "./seed-demo";

const PROVIDER_EMAIL = "ville.virtanen@demo.reskontra.fi";

/** Idempotent like the rest of the seed: every row is found by its natural key before it is added. */
export async function seedDemoVouchers(db: Db, demo: SeededDemo): Promise<void> {
  const organizationId = demo.organizationIds.pirkanmaa;
  const providerId = demo.organizationIds.virtanen;
  const recordedBy = demo.userIds[PROVIDER_EMAIL];
  if (!recordedBy) throw new Error("the demo provider user is missing");
  const vault = hetuVault();

  await db.transaction(async (tx) => {
    await tx
      .insert(voucherOrganizerSettings)
      .values({ organizationId, ...DEMO_VOUCHER_SETTINGS })
      .onConflictDoNothing();
    await tx
      .insert(voucherCreditReasons)
      .values(DEMO_CREDIT_REASONS.map((r) => ({ organizationId, ...r })))
      .onConflictDoNothing();

    const serviceIds = new Map<string, string>();
    for (const s of DEMO_SERVICES) {
      await tx.insert(voucherServices).values({ organizationId, code: s.code, name: s.name, unit: s.unit }).onConflictDoNothing();
      const [row] = await tx
        .select({ id: voucherServices.id })
        .from(voucherServices)
        .where(and(eq(voucherServices.organizationId, organizationId), eq(voucherServices.code, s.code)));
      if (!row) throw new Error(`service ${s.code} missing`);
      serviceIds.set(s.code, row.id);
      const [price] = await tx
        .select({ id: voucherServicePrices.id })
        .from(voucherServicePrices)
        .where(and(eq(voucherServicePrices.serviceId, row.id), eq(voucherServicePrices.providerId, providerId)));
      if (!price) {
        await tx
          .insert(voucherServicePrices)
          .values({ serviceId: row.id, providerId, unitPriceCents: s.providerPriceCents, validFrom: "2020-01-01" });
      }
    }

    const clientIds = new Map<string, string>();
    for (const c of DEMO_CLIENTS) {
      // Found by either key's hash, so a start during a key rotation does not add the client twice.
      const [found] = await tx
        .select({ id: voucherClients.id })
        .from(voucherClients)
        .where(and(eq(voucherClients.organizationId, organizationId), inArray(voucherClients.hetuHash, vault.hashes(c.hetu))));
      const [inserted] = found
        ? [found]
        : await tx
            .insert(voucherClients)
            .values({
              organizationId,
              name: c.name,
              hetuCiphertext: vault.encrypt(c.hetu),
              hetuHash: vault.hash(c.hetu),
              hetuMasked: maskHetu(c.hetu),
              street: c.address?.street ?? null,
              postalCode: c.address?.postalCode ?? null,
              city: c.address?.city ?? null,
              email: c.address?.email ?? null,
            })
            // Two processes seeding at once (api instances starting together): the second finds the first's row.
            .onConflictDoNothing()
            .returning({ id: voucherClients.id });
      const [row] = inserted
        ? [inserted]
        : await tx
            .select({ id: voucherClients.id })
            .from(voucherClients)
            .where(and(eq(voucherClients.organizationId, organizationId), eq(voucherClients.hetuHash, vault.hash(c.hetu))));
      if (!row) throw new Error(`client ${c.key} missing`);
      clientIds.set(c.key, row.id);
      if (c.customerNumber) {
        await tx
          .insert(voucherClientNumbers)
          .values({ providerId, clientId: row.id, customerNumber: c.customerNumber })
          .onConflictDoNothing();
      }
    }
    const idOf = (map: Map<string, string>, key: string) => {
      const id = map.get(key);
      if (!id) throw new Error(`demo key ${key} missing`);
      return id;
    };

    const powers = new Map<string, { id: string; clientId: string; serviceId: string; unitValueCents: number }>();
    for (const p of DEMO_POWERS) {
      const clientId = idOf(clientIds, p.client);
      const serviceId = idOf(serviceIds, p.service);
      await tx
        .insert(voucherPurchasingPowers)
        .values({
          organizationId,
          clientId,
          serviceId,
          providerId,
          voucherNumber: p.voucherNumber,
          kind: p.kind,
          unitValueCents: p.unitValueCents,
          quantityMilli: p.quantityMilli,
          balanceCents: p.balanceCents,
          validFrom: p.validFrom,
          validTo: p.validTo,
          status: "open",
        })
        .onConflictDoNothing();
      const [row] = await tx
        .select({ id: voucherPurchasingPowers.id })
        .from(voucherPurchasingPowers)
        .where(
          and(
            eq(voucherPurchasingPowers.organizationId, organizationId),
            eq(voucherPurchasingPowers.voucherNumber, p.voucherNumber),
          ),
        );
      if (!row) throw new Error(`power ${p.voucherNumber} missing`);
      powers.set(p.voucherNumber, { id: row.id, clientId, serviceId, unitValueCents: p.unitValueCents });
    }

    for (const r of DEMO_SERVICE_TEAM_RIGHTS) {
      const clientId = idOf(clientIds, r.client);
      const serviceId = idOf(serviceIds, r.service);
      const [existing] = await tx
        .select({ id: voucherServiceTeamRights.id })
        .from(voucherServiceTeamRights)
        .where(and(eq(voucherServiceTeamRights.clientId, clientId), eq(voucherServiceTeamRights.providerId, providerId)));
      if (!existing) {
        await tx
          .insert(voucherServiceTeamRights)
          .values({ organizationId, clientId, serviceId, providerId, teamName: r.teamName, validFrom: r.validFrom });
      }
    }

    for (const e of DEMO_EVENTS) {
      const power = powers.get(e.voucherNumber);
      if (!power) throw new Error(`power ${e.voucherNumber} missing`);
      const startsAt = new Date(e.start);
      const [existing] = await tx
        .select({ id: voucherEvents.id })
        .from(voucherEvents)
        .where(and(eq(voucherEvents.purchasingPowerId, power.id), eq(voucherEvents.startsAt, startsAt)));
      if (existing) continue;
      const service = DEMO_SERVICES.find((s) => s.code === serviceCodeOf(e.voucherNumber));
      const unitPriceCents = service?.providerPriceCents ?? 0;
      const unitsMilli = Math.round(e.hours * 1000);
      await tx.insert(voucherEvents).values({
        organizationId,
        providerId,
        recordedBy,
        clientId: power.clientId,
        purchasingPowerId: power.id,
        serviceId: power.serviceId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + e.hours * 3_600_000),
        eventDate: toHelsinkiWallClock(startsAt.getTime()).date,
        content: e.content,
        unitsMilli,
        unitPriceCents,
        ...priceEvent({ unitsMilli, unitPriceCents, unitValueCents: power.unitValueCents }),
        state: e.state,
      });
    }

    for (const b of DEMO_BOOKINGS) {
      const power = powers.get(b.voucherNumber);
      if (!power) throw new Error(`power ${b.voucherNumber} missing`);
      const startsAt = new Date(b.start);
      const [existing] = await tx
        .select({ id: voucherBookings.id })
        .from(voucherBookings)
        .where(and(eq(voucherBookings.purchasingPowerId, power.id), eq(voucherBookings.startsAt, startsAt)));
      if (existing) continue;
      await tx.insert(voucherBookings).values({
        organizationId,
        providerId,
        clientId: power.clientId,
        purchasingPowerId: power.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + b.hours * 3_600_000),
        bookingDate: toHelsinkiWallClock(startsAt.getTime()).date,
        content: b.content,
      });
    }
  });
}

function serviceCodeOf(voucherNumber: string): string | undefined {
  return DEMO_POWERS.find((p) => p.voucherNumber === voucherNumber)?.service;
}
