import { helsinkiWallClockToEpoch } from "@reskontra/domain";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

const PROVIDER = "ville.virtanen@demo.reskontra.fi";
const ORGANIZER = "jarjestaja@demo.reskontra.fi";

/** The server's business clock, moved by the test: months pass in seconds. */
const clock = { now: new Date(helsinkiWallClockToEpoch("2026-04-20", 12 * 60)) };
const setHelsinki = (date: string, hour: number) => {
  clock.now = new Date(helsinkiWallClockToEpoch(date, hour * 60));
};
// Sessions expire by the same clock, so after each jump in time both people sign in again.

async function recordEvent(provider: Page, date: string, units: string) {
  await provider.getByRole("button", { name: "Kirjaa tapahtuma" }).click();
  const form = provider.getByRole("form", { name: "Kirjaa tapahtuma" });
  await form.getByLabel("Ostovoima").selectOption({ label: "PS-2026-0001 · Fysioterapia" });
  await form.getByLabel("Päivä", { exact: true }).fill(date);
  await form.getByLabel("Alkaa").fill("10:00");
  await form.getByLabel("Päättyy").fill("11:00");
  await form.getByLabel("Palvelun sisältö").fill("Fysioterapiakäynti");
  await form.getByLabel("Määrä (yksikköä)").fill(units);
  await form.getByRole("button", { name: "Tallenna tapahtuma" }).click();
  await provider.getByTestId(`event-${date}`).waitFor();
}

async function approve(organizer: Page, date: string) {
  await organizer.goto(`${new URL(organizer.url()).origin}/vouchers/review`);
  const row = organizer.getByTestId(`review-Eeva Esimerkki-${date}`);
  await row.getByRole("button", { name: "Hyväksy" }).click();
  // Approving is final: the row names the event and its value before the confirmation.
  await row.getByRole("button", { name: "Vahvista hyväksyntä" }).click();
  await row.waitFor({ state: "detached" });
}

async function runSettlement(organizer: Page, period: string) {
  await organizer.goto(`${new URL(organizer.url()).origin}/vouchers/settlements`);
  await organizer.getByLabel("Tilitettävä kuukausi").fill(period);
  await organizer.getByRole("button", { name: "Aja tilitys" }).click();
  // The page writes the month the Finnish way: "2026-04" → "4/2026".
  await organizer.getByText(`Kausi ${Number(period.slice(5))}/${period.slice(0, 4)} tilitetty.`).waitFor();
  return organizer.getByTestId(`settlement-${period}`).getByTestId("line-Kotipalvelu Virtanen");
}

describe.skipIf(!hasChromium)("service vouchers in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser({ clock: () => clock.now });

  it("record → approve → settle → seen settled → credit → the next month's statement nets the credit", async () => {
    // The provider finds the client (masked identity code) and records an April visit.
    let provider = await signedIn(browser, server.url, PROVIDER);
    await provider.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Palvelusetelit" }).click();
    await provider.getByLabel("Nimi, henkilötunnus tai setelinumero").fill("Esimerkki");
    await provider.getByRole("button", { name: "Hae" }).click();
    const hit = provider.getByTestId("client-Eeva Esimerkki");
    expect(await hit.textContent()).toContain("010150-***");
    await hit.getByRole("link", { name: "Eeva Esimerkki" }).click();
    await recordEvent(provider, "2026-04-15", "1");
    const clientPath = new URL(provider.url()).pathname;
    expect(await provider.getByTestId("event-2026-04-15").getByTestId("event-state").textContent()).toBe("Kirjattu");

    // The organizer approves it from the review queue.
    let organizer = await signedIn(browser, server.url, ORGANIZER);
    await approve(organizer, "2026-04-15");

    // 5 May: the organizer runs April's settlement: 20,00 € to Kotipalvelu Virtanen.
    setHelsinki("2026-05-05", 9);
    organizer = await signedIn(browser, server.url, ORGANIZER);
    const april = await runSettlement(organizer, "2026-04");
    expect(await april.getByTestId("payable").textContent()).toBe("20,00\u00a0€");
    provider = await signedIn(browser, server.url, PROVIDER, clientPath);

    // The provider sees the event settled, and can no longer edit it (the page says why).
    const settled = provider.getByTestId("event-2026-04-15");
    await expect.poll(() => settled.getByTestId("event-state").textContent()).toBe("Tilitetty");
    expect(await settled.textContent()).toContain("Ilmoita virheestä palvelunjärjestäjälle");

    // The organizer credits it with a reason and an explanation: it shows "awaiting credit".
    await organizer
      .getByRole("navigation", { name: "Palvelusetelien näkymät" })
      .getByRole("link", { name: "Tapahtumat" })
      .click();
    const row = organizer.getByTestId("org-event-Eeva Esimerkki-2026-04-15");
    await row.getByRole("button", { name: "Hyvitä" }).click();
    const dialog = organizer.getByRole("dialog", { name: "Hyvitä tapahtuma" });
    await dialog.getByLabel("Syykoodi").selectOption("EI_TOTEUTUNUT");
    await dialog.getByLabel("Selitys (lähetetään palveluntuottajalle)").fill("Asiakas perui käynnin.");
    await dialog.getByRole("button", { name: "Tallenna hyvitys" }).click();
    await expect.poll(() => row.getByTestId("event-state").textContent()).toContain("odottaa hyvitystä");

    // In May the provider records a double visit (40,00 €), approved as usual.
    setHelsinki("2026-05-20", 12);
    organizer = await signedIn(browser, server.url, ORGANIZER);
    provider = await signedIn(browser, server.url, PROVIDER, clientPath);
    await recordEvent(provider, "2026-05-12", "2");
    await approve(organizer, "2026-05-12");

    // 5 June: May's settlement nets the credit: 40,00 − 20,00 = 20,00 €.
    setHelsinki("2026-06-05", 9);
    organizer = await signedIn(browser, server.url, ORGANIZER);
    provider = await signedIn(browser, server.url, PROVIDER);
    const may = await runSettlement(organizer, "2026-05");
    expect(await may.getByTestId("payable").textContent()).toBe("20,00\u00a0€");
    expect(await may.textContent()).toContain("\u221220,00\u00a0€");

    // The provider's statements show both months; the credit no longer awaits.
    await provider.goto(`${server.url}/vouchers/statements`);
    const mayStatement = provider.getByTestId("statement-2026-05");
    await mayStatement.waitFor();
    expect(await mayStatement.textContent()).toContain("\u221220,00\u00a0€");
    expect(await provider.getByTestId("statement-2026-04").textContent()).toContain("20,00\u00a0€");
    await provider.goto(`${server.url}${clientPath}`);
    await expect.poll(() => provider.getByTestId("event-2026-04-15").getByTestId("event-state").textContent()).toBe("Tilitetty");
  });
});
