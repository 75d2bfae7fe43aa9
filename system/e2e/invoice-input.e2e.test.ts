import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

const fieldOf = (page: Page, label: string) => page.locator(".rk-field", { has: page.getByLabel(label, { exact: true }) });
const errorAt = (page: Page, label: string) => fieldOf(page, label).getByRole("alert").textContent();
const errorCount = (page: Page, label: string) => fieldOf(page, label).getByRole("alert").count();

describe.skipIf(!hasChromium)("sanity at the customer card's fields in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser();

  it("refuses ZZ and an identity code in the name at the fields, and the server's taken number, each gone once fixed", async () => {
    const user = await signedIn(browser, server.url, "ville.virtanen@demo.reskontra.fi");
    await user.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Laskut" }).click();
    await user.getByRole("link", { name: "Asiakkaat" }).click();
    await user.getByRole("link", { name: "Uusi asiakas" }).click();
    await user.getByLabel("Oma asiakasnumero").fill("1");
    await user.getByLabel("Nimi").fill("Maija Mäkinotkelma 131052-308T");
    await user.getByLabel("Maa (kaksikirjaiminen koodi)").fill("zz");
    await user.getByLabel("Katuosoite").fill("Katu 1");
    await user.getByLabel("Postinumero").fill("00100");
    await user.getByLabel("Postitoimipaikka").fill("Helsinki");
    await user.getByRole("button", { name: "Tallenna asiakas" }).click();
    await expect.poll(() => errorAt(user, "Nimi")).toMatch(/^Henkilötunnusta ei saa kirjoittaa laskulle/);
    expect(await errorAt(user, "Maa (kaksikirjaiminen koodi)")).toBe(
      "”ZZ” ei ole maakoodi. Anna maan kaksikirjaiminen ISO 3166 -koodi, esimerkiksi FI (Suomi) tai SE (Ruotsi).",
    );

    await user.getByLabel("Nimi").fill("Maija Mäkinotkelma");
    await user.getByLabel("Maa (kaksikirjaiminen koodi)").fill("se");
    await expect.poll(() => errorCount(user, "Nimi")).toBe(0);
    await expect.poll(() => errorCount(user, "Maa (kaksikirjaiminen koodi)")).toBe(0);
    expect(await fieldOf(user, "Maa (kaksikirjaiminen koodi)").textContent()).toContain("Ruotsi");
    await user.getByLabel("Maa (kaksikirjaiminen koodi)").fill("FI");

    // Customer number 1 is Ville's demo customer: only the server knows, and says so at the field.
    await user.getByRole("button", { name: "Tallenna asiakas" }).click();
    await expect.poll(() => errorAt(user, "Oma asiakasnumero")).toBe("Asiakasnumero 1 on jo käytössä.");
    await user.getByLabel("Oma asiakasnumero").fill("1-uusi");
    await expect.poll(() => errorCount(user, "Oma asiakasnumero")).toBe(0);
    await user.getByRole("button", { name: "Tallenna asiakas" }).click();
    await user.getByRole("link", { name: "Maija Mäkinotkelma" }).waitFor();
  });
});
