import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

const errorAt = (page: Page, label: string) =>
  page
    .locator(".rk-field", { has: page.getByLabel(label, { exact: true }) })
    .getByRole("alert")
    .textContent();

describe.skipIf(!hasChromium)("customer card mistakes in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser();

  it("says what is wrong at each field: required, the business ID's check digit, an e-invoice address without operator", async () => {
    const user = await signedIn(browser, server.url, "ville.virtanen@demo.reskontra.fi");
    await user.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Laskut" }).click();
    await user.getByRole("link", { name: "Asiakkaat" }).click();
    await user.getByRole("link", { name: "Uusi asiakas" }).click();
    await user.getByLabel("Asiakastyyppi").selectOption("business");
    await user.getByRole("button", { name: "Tallenna asiakas" }).click();
    expect(await errorAt(user, "Nimi")).toBe("Pakollinen tieto");
    expect(await errorAt(user, "Oma asiakasnumero")).toBe("Pakollinen tieto");
    const summary = await user.getByRole("alert").first().textContent();
    expect(summary).toBe("Korjaa merkityt kentät.");

    await user.getByLabel("Oma asiakasnumero").fill("77");
    await user.getByLabel("Nimi").fill("Verkko Oy");
    await user.getByLabel("Y-tunnus").fill("1234567-8");
    await user.getByLabel("Katuosoite").fill("Katu 1");
    await user.getByLabel("Postinumero").fill("00100");
    await user.getByLabel("Postitoimipaikka").fill("Helsinki");
    await user.getByLabel("Verkkolaskuosoite").fill("003715728600");
    await user.getByRole("button", { name: "Tallenna asiakas" }).click();
    await expect.poll(() => errorAt(user, "Y-tunnus")).toContain("tarkistusmerkin");

    await user.getByLabel("Y-tunnus").fill("1572860-0");
    await user.getByRole("button", { name: "Tallenna asiakas" }).click();
    await expect.poll(() => errorAt(user, "Välittäjätunnus")).toContain("välittäjätunnus");
    await user.getByLabel("Välittäjätunnus").fill("003721291126");
    await user.getByRole("button", { name: "Tallenna asiakas" }).click();
    await user.getByRole("link", { name: "Verkko Oy" }).waitFor();
  });
});
