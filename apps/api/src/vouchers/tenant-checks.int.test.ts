import { count, eq } from "drizzle-orm";
import { voucherPurchasingPowers, voucherServiceTeamRights } from "@reskontra/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { expectRefusal } from "../testing/expect-refusal";
import { addSecondTenant, SECOND_TENANT_PEOPLE, SECOND_TENANT_VOUCHER_NUMBER, type SecondTenant } from "../testing/second-tenant";
import { hki, powerOf, voucherActors } from "./voucher-fixtures";

let h: Harness;
let b: SecondTenant;
beforeAll(async () => {
  h = await createHarness();
  b = await addSecondTenant(h.deps.db);
});
afterAll(async () => h?.dispose());

const rightsCount = async () => (await h.deps.db.select({ n: count() }).from(voucherServiceTeamRights))[0]?.n;
const powersCount = async () => (await h.deps.db.select({ n: count() }).from(voucherPurchasingPowers))[0]?.n;

describe("a county's services and providers stay its own", () => {
  it("refuses a co-payment statement on another county's service, and never prints its name", async () => {
    const { ville, provider } = await voucherActors(h);
    const matti = await powerOf(h, "PS-2026-0002");
    const query = { ...provider, clientId: matti.clientId, serviceId: b.serviceId, from: "2026-11-01", to: "2026-11-30" };
    const pdf = await expectRefusal(ville.vouchers.provider.coPaymentStatementPdf(query), "NOT_FOUND", "NOT_FOUND");
    expect(pdf.data.field).toBe("serviceId");
    expect(JSON.stringify(pdf)).not.toContain(b.serviceName);
    await expectRefusal(ville.vouchers.provider.coPaymentStatement(query), "NOT_FOUND", "NOT_FOUND");
    await expectRefusal(ville.vouchers.provider.invoiceCoPayments(query), "NOT_FOUND", "NOT_FOUND");
    // The same call on the client's own service still prints.
    const own = await ville.vouchers.provider.coPaymentStatementPdf({ ...query, serviceId: matti.serviceId });
    expect(own.pdfBase64.length).toBeGreaterThan(0);
  });

  it("refuses the second county's provider a statement on Pirkanmaa's service for its own client", async () => {
    const taisto = await h.as(SECOND_TENANT_PEOPLE.providerUser);
    const matti = await powerOf(h, "PS-2026-0002");
    const query = {
      organizationId: b.providerId,
      clientId: b.clientId,
      serviceId: matti.serviceId,
      from: "2026-11-01",
      to: "2026-11-30",
    };
    await expectRefusal(taisto.vouchers.provider.coPaymentStatementPdf(query), "NOT_FOUND", "NOT_FOUND");
    expect((await taisto.vouchers.provider.coPaymentStatement({ ...query, serviceId: b.serviceId })).rows).toHaveLength(1);
  });

  it("grants a service-team right only on the county's own service and to its own provider", async () => {
    const { olli, organizer } = await voucherActors(h);
    const matti = await powerOf(h, "PS-2026-0002");
    const right = {
      ...organizer,
      clientId: matti.clientId,
      serviceId: matti.serviceId,
      providerId: h.demo.organizationIds.virtanen,
      teamName: "Tiimi",
      validFrom: "2026-11-01",
    };
    const before = await rightsCount();
    const service = await expectRefusal(
      olli.vouchers.organizer.grantServiceTeamRight({ ...right, serviceId: b.serviceId }),
      "NOT_FOUND",
      "NOT_FOUND",
    );
    expect(service.data.field).toBe("serviceId");
    const provider = await expectRefusal(
      olli.vouchers.organizer.grantServiceTeamRight({ ...right, providerId: b.providerId }),
      "NOT_FOUND",
      "NOT_FOUND",
    );
    expect(provider.data.field).toBe("providerId");
    // Aalto Design is a billing company but not in Pirkanmaa's price list: not its provider either.
    await expectRefusal(
      olli.vouchers.organizer.grantServiceTeamRight({ ...right, providerId: h.demo.organizationIds.aalto }),
      "NOT_FOUND",
      "NOT_FOUND",
    );
    expect(await rightsCount()).toBe(before);
    expect(await olli.vouchers.organizer.grantServiceTeamRight(right)).toMatchObject({ id: expect.any(String) });
  });

  it("grants a voucher and books only with the county's own provider", async () => {
    const { olli, organizer } = await voucherActors(h);
    const matti = await powerOf(h, "PS-2026-0002");
    const before = await powersCount();
    const grant = await expectRefusal(
      olli.vouchers.organizer.grantPurchasingPower({
        ...organizer,
        clientId: matti.clientId,
        serviceId: matti.serviceId,
        providerId: b.providerId,
        voucherNumber: "PS-2026-0901",
        kind: "units",
        unitValueCents: 4000,
        quantity: 10,
        validFrom: "2026-11-01",
        validTo: "2027-10-31",
      }),
      "NOT_FOUND",
      "NOT_FOUND",
    );
    expect(grant.data.field).toBe("providerId");
    expect(await powersCount()).toBe(before);
    const unbound = await powerOf(h, "PS-2026-0004");
    await expectRefusal(
      olli.vouchers.organizer.createBooking({
        ...organizer,
        clientId: unbound.clientId,
        purchasingPowerId: unbound.id,
        providerId: b.providerId,
        startsAt: hki("2026-12-01T10:00").toISOString(),
        endsAt: hki("2026-12-01T11:00").toISOString(),
        content: "Aamukäynti",
      }),
      "NOT_FOUND",
      "NOT_FOUND",
    );
  });

  it("keeps voucher numbers unique per county, so a taken number reveals nothing of another county", async () => {
    const toini = await h.as(SECOND_TENANT_PEOPLE.organizerAdmin);
    const grant = {
      organizationId: b.organizerId,
      clientId: b.clientId,
      serviceId: b.serviceId,
      providerId: b.providerId,
      kind: "units" as const,
      unitValueCents: 4000,
      quantity: 5,
      validFrom: "2026-11-01",
      validTo: "2027-10-31",
    };
    // PS-2026-0003 is Pirkanmaa's; the second county may use it.
    await expect(
      toini.vouchers.organizer.grantPurchasingPower({ ...grant, voucherNumber: "PS-2026-0003" }),
    ).resolves.toMatchObject({
      id: expect.any(String),
    });
    const taken = await expectRefusal(
      toini.vouchers.organizer.grantPurchasingPower({ ...grant, voucherNumber: SECOND_TENANT_VOUCHER_NUMBER }),
      "CONFLICT",
      "VOUCHER_NUMBER_TAKEN",
    );
    expect(taken.data.field).toBe("voucherNumber");
    const pirkanmaa = await h.deps.db
      .select({ id: voucherPurchasingPowers.id })
      .from(voucherPurchasingPowers)
      .where(eq(voucherPurchasingPowers.voucherNumber, "PS-2026-0003"));
    expect(pirkanmaa).toHaveLength(2);
  });

  it("lists only the county's own providers", async () => {
    const { olli, organizer } = await voucherActors(h);
    const toini = await h.as(SECOND_TENANT_PEOPLE.organizerAdmin);
    expect((await olli.vouchers.organizer.providers(organizer)).map((p) => p.id)).toEqual([h.demo.organizationIds.virtanen]);
    expect((await toini.vouchers.organizer.providers({ organizationId: b.organizerId })).map((p) => p.id)).toEqual([
      b.providerId,
    ]);
  });
});
