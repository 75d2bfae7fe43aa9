import { REMINDER_TRANSACTION_FEE_CENTS } from "@reskontra/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@reskontra/db";
import { draftFor, villeCustomer } from "../invoices/invoice-fixtures";
import { createHarness, type Harness } from "../testing";
import { addSecondTenant, SECOND_TENANT_PEOPLE, type SecondTenant } from "../testing/second-tenant";

const demo = (name: string) => `${name}@demo.reskontra.fi`;

/** Each count is checked against the list the home page links to, read through that list's own procedure. */
describe("home.summary", () => {
  let h: Harness;
  let b: SecondTenant;
  beforeAll(async () => {
    h = await createHarness();
    b = await addSecondTenant(h.deps.db);
  }, 300_000);
  afterAll(async () => h?.dispose());

  it("gives customer service the unsent queue by the 15:00 deadline and the open alerts", async () => {
    const agent = await h.as(demo("agentti"));
    // Submitted on Monday at 10:00 Helsinki time: due by 15:00 today.
    const { ville, organizationId, maija } = await villeCustomer(h);
    const draft = await ville.invoices.create({ organizationId, ...draftFor(maija.id) });
    await ville.invoices.submit({ invoiceId: draft.id });
    const check = async () => {
      const { agent: counts, user, organizer, platform } = await agent.home.summary();
      const queue = (await agent.invoices.unsent()).filter((i) => i.status === "submitted");
      expect(counts).toEqual({
        overdue: queue.filter((i) => i.risk === "overdue").length,
        dueToday: queue.filter((i) => i.risk === "at_risk" || i.risk === "today").length,
        later: queue.filter((i) => i.risk === "tomorrow" || i.risk === "later").length,
        openAlerts: (await agent.notifications.alerts()).length,
      });
      expect([user, organizer, platform]).toEqual([null, null, null]);
      return { counts, queue };
    };
    const { queue } = await check();
    // The queue is sorted by deadline: the earliest submitted invoice's 15:00 deadline.
    const next = queue.map((i) => i.deadlineAt).find((d): d is Date => d !== null);
    if (!next) throw new Error("the demo has no submitted invoice with a deadline");
    // Two hours before an invoice's 15:00 deadline it is due today; an hour after, overdue and nothing is due today.
    h.now.value = new Date(next.getTime() - 2 * 3600_000);
    const before = await check();
    expect(before.counts?.dueToday).toBeGreaterThan(0);
    h.now.value = new Date(next.getTime() + 3600_000);
    const after = await check();
    expect(after.counts?.dueToday).toBe(0);
    expect(after.counts?.overdue).toBe((before.counts?.overdue ?? 0) + (before.counts?.dueToday ?? 0));
    h.now.value = new Date("2026-11-23T08:00:00Z");
  });

  it("gives an invoicing user their own invoices by state, and a provider the rejected events with reasons", async () => {
    const ville = await h.as(demo("ville.virtanen"));
    const { user } = await ville.home.summary();
    if (!user) throw new Error("no user section");
    const mine = await ville.invoices.mine({ organizationId: user.organizationId });
    for (const [state, count] of Object.entries(user.invoices)) {
      expect(count, state).toBe(mine.filter((i) => i.status === state).length);
    }
    const [events] = await queryRows<{ under_review: number; rejected: number }>(
      h.deps.db,
      sql`SELECT count(*) FILTER (WHERE state = 'under_review')::int AS under_review,
                 count(*) FILTER (WHERE state = 'rejected')::int AS rejected
          FROM voucher_events WHERE provider_id = ${user.organizationId}`,
    );
    expect(user.eventsUnderReview).toBe(events?.under_review);
    expect(user.eventsRejected).toBe(events?.rejected);
    expect(user.rejected.length).toBe(Math.min(5, events?.rejected ?? 0));
    expect(user.voucherProvider).toBe(true);

    const aino = await h.as(demo("aino.aalto"));
    const ainos = await aino.home.summary();
    expect(ainos.user?.organizationId).not.toBe(user.organizationId);
    expect(ainos.user?.eventsRejected).toBe(0);
    // Aino invoices but serves no organizer: the voucher screens are not for her.
    expect(ainos.user?.voucherProvider).toBe(false);
  });

  it("gives an organizer the review queue and the next settlement's day and amount so far", async () => {
    const olli = await h.as(demo("jarjestaja"));
    const { organizer } = await olli.home.summary();
    if (!organizer) throw new Error("no organizer section");
    const queue = await olli.vouchers.organizer.reviewQueue({ organizationId: organizer.organizationId });
    expect(organizer.reviewQueue).toBe(queue.length);
    const settings = await olli.vouchers.organizer.settings({ organizationId: organizer.organizationId });
    expect(organizer.nextSettlement?.date.slice(8)).toBe(String(settings.settlementDay).padStart(2, "0"));
    expect((organizer.nextSettlement?.date ?? "") >= "2026-11-23").toBe(true);
    expect(organizer.nextSettlement?.approvedCents).toBeGreaterThanOrEqual(0);
  });

  it("gives a company admin the reminders due today and their transaction fee", async () => {
    const kaisa = await h.as(demo("paakayttaja"));
    const { companyAdmin } = await kaisa.home.summary();
    if (!companyAdmin) throw new Error("no company admin section");
    expect(companyAdmin.feeCents).toBe(25);
    expect(companyAdmin.costCents).toBe(companyAdmin.remindersDueToday * REMINDER_TRANSACTION_FEE_CENTS);
    if (companyAdmin.active) {
      const dry = await kaisa.reminders.dryRun({ organizationId: companyAdmin.organizationId });
      expect(companyAdmin.remindersDueToday).toBe(dry.filter((d) => d.outcome === "send").length);
    } else {
      expect(companyAdmin.remindersDueToday).toBe(0);
    }
  });

  it("gives the product team the suggestions to review and the platform admin the organizations", async () => {
    const tiina = await h.as(demo("tuote"));
    const { product } = await tiina.home.summary();
    const fresh = await tiina.support.suggestions.list({ status: "new", sort: "newest", mine: false, limit: 100 });
    const reviewing = await tiina.support.suggestions.list({ status: "under_review", sort: "newest", mine: false, limit: 100 });
    expect(product).toEqual({ suggestionsNew: fresh.length, suggestionsUnderReview: reviewing.length });

    const aleksi = await h.as(demo("alusta"));
    const { platform } = await aleksi.home.summary();
    const all = await aleksi.organizations.list();
    expect(platform).toEqual({ organizations: all.length, active: all.filter((o) => !o.deactivatedAt).length });
  });

  it("counts a second tenant's work for its own people only", async () => {
    const toini = await h.as(SECOND_TENANT_PEOPLE.organizerAdmin);
    const { organizer } = await toini.home.summary();
    expect(organizer?.organizationId).toBe(b.organizerId);
    const queue = await toini.vouchers.organizer.reviewQueue({ organizationId: b.organizerId });
    expect(organizer?.reviewQueue).toBe(queue.length);
    const [own] = await queryRows<{ n: number }>(
      h.deps.db,
      sql`SELECT count(*)::int AS n FROM voucher_events WHERE organization_id = ${b.organizerId} AND state = 'under_review'`,
    );
    expect(organizer?.reviewQueue).toBe(own?.n);
    // Day 6 of the month: on 23.11. the next is 6.12., settling November.
    expect(organizer?.nextSettlement).toMatchObject({ date: "2026-12-06", period: "2026-11" });

    const tyyne = await h.as(SECOND_TENANT_PEOPLE.companyAdmin);
    const second = await tyyne.home.summary();
    expect(second.companyAdmin).toMatchObject({ organizationId: b.providerId, active: false, remindersDueToday: 0 });
    expect(JSON.stringify(second)).not.toContain(organizer?.organizationId === b.organizerId ? "Pirkanmaa" : "x");
    const tuottaja = await h.as(SECOND_TENANT_PEOPLE.providerUser);
    const provider = await tuottaja.home.summary();
    expect(provider.user?.organizationId).toBe(b.providerId);
    expect(provider.user?.invoices.sent).toBe(0);
    expect(provider.agent).toBeNull();
  });
});
