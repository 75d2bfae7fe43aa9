import { startTestServer, type TestServer } from "../src/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium, signedIn } from "./browser";

// Monday 23.11.2026 at 10:00 Helsinki, the seed's instant: before the day's 15:00 cut-off.
const NOW = new Date("2026-11-23T08:00:00Z");
const demo = (name: string) => `${name}@demo.reskontra.fi`;
const MODULES = ["Laskut", "Palvelusetelit", "Maksumuistutukset", "Asiakastuki", "Organisaatiot"];

/** The leading number of a home page count ("3 laskua myöhässä", "Avoimet saatavat: 2"). */
async function countOf(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? "";
  const match = /(\d+)/.exec(text);
  if (!match) throw new Error(`no count in "${text}"`);
  return Number(match[1]);
}

async function navLabels(page: Page): Promise<string[]> {
  const nav = page.getByRole("navigation", { name: "main" });
  await nav.getByRole("link", { name: "Etusivu" }).waitFor({ state: "attached" });
  // A user's voucher module appears once the home summary says whether they provide vouchers.
  await page.locator('nav[aria-label="main"][aria-busy="false"]').waitFor({ state: "attached" });
  const labels = await nav.getByRole("link").allTextContents();
  return MODULES.filter((m) => labels.includes(m));
}

/** Follows a count's link and checks the list it opens holds exactly that many rows. */
async function followCount(page: Page, testId: string, rows: string) {
  const expected = await countOf(page, testId);
  await page.getByTestId(testId).click();
  // The list has loaded when its card is there; then count its rows.
  await page.locator("main h2").first().waitFor();
  await expect.poll(async () => page.locator(rows).count(), { timeout: 15_000 }).toBe(expected);
  return expected;
}

describe.skipIf(!hasChromium)("the home page of each role in Chromium", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("gives each role its own navigation, its counts, and a list that shows what the count says", async () => {
    const agent = await signedIn(browser, server.url, demo("agentti"));
    expect(await navLabels(agent)).toEqual(["Laskut", "Asiakastuki"]);
    await expect.poll(() => agent.locator("h1").count()).toBe(1);
    await expect.poll(() => agent.title()).toBe("Etusivu – Reskontra");
    await agent.getByTestId("home-agent-overdue").waitFor();
    const overdue = await followCount(agent, "home-agent-overdue", '[data-testid^="unsent-row-"]');
    expect(agent.url()).toContain("/invoices/unsent?risk=overdue");
    expect(overdue).toBeGreaterThanOrEqual(0);
    await expect.poll(() => agent.title()).toContain("– Reskontra");
    expect(await agent.title()).not.toBe("Reskontra");
    // A module the agent has no role for says so instead of showing an empty page.
    await agent.goto(`${server.url}/vouchers`);
    await agent.getByTestId("no-access").waitFor();
    expect(await agent.locator("h1").textContent()).toBe("Ei käyttöoikeutta");
    await agent.context().close();

    const ville = await signedIn(browser, server.url, demo("ville.virtanen"));
    expect(await navLabels(ville)).toEqual(["Laskut", "Palvelusetelit", "Asiakastuki"]);
    await ville.getByTestId("home-provider-rejected").waitFor();
    await followCount(ville, "home-user-sent", '[data-testid^="my-invoice-row-"]');
    expect(ville.url()).toContain("/invoices/mine?status=sent");
    await ville.context().close();

    const aino = await signedIn(browser, server.url, demo("aino.aalto"));
    expect(await navLabels(aino)).toEqual(["Laskut", "Asiakastuki"]);
    await aino.getByTestId("home-user-draft").waitFor();
    expect(await aino.getByTestId("home-provider-rejected").count()).toBe(0);
    await aino.goto(`${server.url}/vouchers/search`);
    await aino.getByTestId("no-access").waitFor();
    await aino.context().close();

    const kaisa = await signedIn(browser, server.url, demo("paakayttaja"));
    expect(await navLabels(kaisa)).toEqual(["Maksumuistutukset", "Asiakastuki", "Organisaatiot"]);
    const due = kaisa.getByTestId("home-admin-due");
    await due.or(kaisa.getByTestId("home-admin-inactive")).waitFor();
    if (await due.isVisible()) {
      expect(await due.textContent()).toMatch(/0,25 €/);
      await followCount(kaisa, "home-admin-due", '[data-testid^="dry-"]');
    }
    await kaisa.context().close();

    const olli = await signedIn(browser, server.url, demo("jarjestaja"));
    expect(await navLabels(olli)).toEqual(["Palvelusetelit", "Asiakastuki", "Organisaatiot"]);
    await olli.getByTestId("home-organizer-settlement").waitFor();
    await followCount(olli, "home-organizer-queue", '[data-testid^="review-"]');
    await olli.context().close();

    const tiina = await signedIn(browser, server.url, demo("tuote"));
    expect(await navLabels(tiina)).toEqual(["Asiakastuki"]);
    await tiina.getByTestId("home-product-new").waitFor();
    await followCount(tiina, "home-product-new", '[data-testid^="suggestion-"]');
    expect(tiina.url()).toContain("/support/suggestions?status=new");
    await tiina.context().close();

    const aleksi = await signedIn(browser, server.url, demo("alusta"));
    expect(await navLabels(aleksi)).toEqual(["Maksumuistutukset", "Asiakastuki", "Organisaatiot"]);
    await aleksi.getByTestId("home-platform-organizations").waitFor();
    await followCount(aleksi, "home-platform-organizations", "main tbody tr");
    await aleksi.context().close();
  }, 300_000);

  it("fits the home page in 390 px: the menu button opens language, name and sign-out, Escape closes it", async () => {
    for (const name of ["ville.virtanen", "paakayttaja", "tuote"]) {
      const page = await signedIn(browser, server.url, demo(name));
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator("main h1").waitFor();
      await page.locator("main .rk-card").first().waitFor();
      const fits = () => page.evaluate<boolean>("document.documentElement.scrollWidth <= window.innerWidth");
      expect(await fits()).toBe(true);
      const menu = page.getByRole("button", { name: "Valikko" });
      expect(await page.getByRole("button", { name: "Kirjaudu ulos" }).isVisible()).toBe(false);
      await menu.click();
      for (const target of [
        page.getByLabel("Kieli"),
        page.getByTestId("signed-in-user"),
        page.getByRole("button", { name: "Kirjaudu ulos" }),
      ]) {
        const box = await target.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      }
      expect(await fits()).toBe(true);
      await page.keyboard.press("Escape");
      expect(await menu.getAttribute("aria-expanded")).toBe("false");
      await page.context().close();
    }
  }, 300_000);

  it("keeps the chosen language in <html lang> after a reload, and skips to the content", async () => {
    const page = await signedIn(browser, server.url, demo("aino.aalto"));
    expect(await page.evaluate<string>("document.documentElement.lang")).toBe("fi");
    await page.getByLabel("Kieli").selectOption("en");
    await expect.poll(() => page.evaluate<string>("document.documentElement.lang")).toBe("en");
    await page.reload();
    await page.getByTestId("signed-in-user").waitFor();
    expect(await page.evaluate<string>("document.documentElement.lang")).toBe("en");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    expect(await page.evaluate<string | undefined>("document.activeElement?.textContent")).toBe("Skip to content");
    await skip.press("Enter");
    expect(await page.evaluate<string | undefined>("document.activeElement?.id")).toBe("main");
    await page.context().close();
  }, 120_000);
});
