import { formatEuroAmount } from "@reskontra/domain";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

const ADMIN = "paakayttaja@demo.reskontra.fi";
/** The demo's business customer, whose overdue invoice 1001029002 the dry run would remind. */
const RAKENNUS = "Rakennus Oy Esimerkki";
const RAKENNUS_INVOICE = "1001029002";

/** A tRPC query (superjson's { json } envelope) with the signed-in page's own session cookie. */
async function query<T>(page: Page, url: string, procedure: string, input: unknown): Promise<T> {
  const body = encodeURIComponent(JSON.stringify({ json: input }));
  const response = await page.request.get(`${url}/trpc/${procedure}?input=${body}`);
  expect(response.status(), `${procedure}: ${await response.text()}`).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

describe.skipIf(!hasChromium)("payment reminders: guided activation, mass move, run confirmation in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser();

  it("activates step by step, blocks a customer by a mass move, and shows the run's count and cost before sending", async () => {
    const admin = await signedIn(browser, server.url, ADMIN);
    const organizationId = server.demo.organizationIds.virtanen;
    await admin.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Maksumuistutukset" }).click();

    // Before activation the page shows the general rules and where each customer would go.
    await admin.getByTestId("preview-rule-consumer").waitFor();
    expect(await admin.getByTestId("preview-rule-consumer").textContent()).toContain("5,00");
    expect(await admin.getByTestId("preview-customer-3").textContent()).toContain("Automaatio estetty");

    // The guided activation: the fee must be confirmed before going on.
    await admin.getByRole("button", { name: "Aloita käyttöönotto" }).click();
    const next = admin.getByRole("button", { name: "Seuraava" });
    expect(await next.isDisabled()).toBe(true);
    await admin.getByLabel(/0,25 € \(ALV 0 %\)/).check();
    await next.click();
    await admin.getByRole("heading", { name: /Oletussäännöt/ }).waitFor();
    await next.click();
    await admin.getByRole("heading", { name: /Asiakkaiden sijoittuminen/ }).waitFor();
    await next.click();
    expect(await admin.getByTestId("guide-summary").textContent()).toContain("Kuluttaja-asiakkaat");
    await admin.getByRole("button", { name: "Ota käyttöön" }).click();
    await admin.getByTestId("reminders-active").waitFor();

    // Mass move: Rakennus Oy out of the automation, from the list of all customers.
    await admin.getByRole("link", { name: "Kaikki asiakkaat" }).click();
    const selectAll = admin.getByLabel("Valitse kaikki tämän sivun asiakkaat");
    await selectAll.check();
    expect(await admin.getByLabel(`Valitse ${RAKENNUS}`).isChecked()).toBe(true);
    await selectAll.uncheck();
    await admin.getByLabel(`Valitse ${RAKENNUS}`).check();
    await admin.getByLabel("Siirrä valitut sääntöön").selectOption({ label: "Automaatio estetty (ei muistutuksia)" });
    await admin.getByRole("button", { name: "Siirrä", exact: true }).click();
    await expect.poll(() => admin.getByRole("status").first().textContent()).toContain("1 asiakas siirretty");
    const blocked = await query<{ name: string }[]>(admin, server.url, "reminders.blockedCustomers", { organizationId });
    expect(blocked.map((c) => c.name)).toContain(RAKENNUS);
    await admin.getByRole("link", { name: "Automaatio estetty" }).click();
    await admin.getByLabel(`Valitse ${RAKENNUS}`).waitFor();

    // "Run reminders now" first says what it would send: the count and the cost of the api's own dry run.
    await admin.getByRole("link", { name: "Koeajo" }).click();
    await admin.getByRole("button", { name: "Aja muistutukset nyt" }).click();
    await admin.getByTestId("run-confirm").waitFor();
    const dry = await query<{ outcome: string; channel: string | null; invoiceNumber: string | null }[]>(
      admin,
      server.url,
      "reminders.dryRun",
      { organizationId },
    );
    const { transactionFeeCents } = await query<{ transactionFeeCents: number }>(admin, server.url, "reminders.status", {
      organizationId,
    });
    const sends = dry.filter((i) => i.outcome === "send");
    expect(sends.length).toBeGreaterThan(0);
    expect(sends.map((i) => i.invoiceNumber)).not.toContain(RAKENNUS_INVOICE);
    const count = sends.length;
    expect(await admin.getByTestId("run-count").textContent()).toContain(
      count === 1 ? "1 maksumuistutus" : `${count} maksumuistutusta`,
    );
    expect(await admin.getByTestId("run-cost").textContent()).toBe(
      `Välityspalkkiot: ${count} × ${formatEuroAmount(transactionFeeCents)} € = ${formatEuroAmount(count * transactionFeeCents)} € (ALV 0 %).`,
    );
    const email = sends.filter((i) => i.channel === "email").length;
    expect(await admin.getByTestId("run-channel-email").textContent()).toBe(`Sähköposti: ${email}`);
    for (const s of sends) await admin.getByTestId(`run-item-${s.invoiceNumber}`).waitFor();

    // Confirmed, the run shows its progress and then how many were sent.
    await admin.getByRole("button", { name: count === 1 ? "Lähetä 1 muistutus" : `Lähetä ${count} muistutusta` }).click();
    await admin.getByTestId("run-done").waitFor({ timeout: 90_000 });
    expect(await admin.getByTestId("run-done").textContent()).toContain(`lähetetty ${count}, epäonnistui 0`);
  });
});
