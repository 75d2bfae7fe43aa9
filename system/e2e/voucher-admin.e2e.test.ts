import { helsinkiWallClockToEpoch } from "@reskontra/domain";
import { describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

const ORGANIZER = "jarjestaja@demo.reskontra.fi";
const clock = { now: new Date(helsinkiWallClockToEpoch("2026-11-23", 12 * 60)) };

describe.skipIf(!hasChromium)("organizer admin screens in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser({ clock: () => clock.now });

  it("creates a client (identity code refused at its field first), grants a balance power, edits the settings", async () => {
    const page = await signedIn(browser, server.url, ORGANIZER, "/vouchers/admin/clients");
    await page.goto(`${server.url}/vouchers/admin/clients`);

    const create = page.getByRole("form", { name: "Uusi asiakas" });
    await create.getByLabel("Nimi", { exact: true }).fill("Kerttu Kokeilu");
    await create.getByLabel("Henkilötunnus", { exact: true }).fill("010101-1231");
    await create.getByRole("button", { name: "Luo asiakas" }).click();
    await create.getByText("Henkilötunnus ei ole kelvollinen").waitFor();
    await create.getByLabel("Henkilötunnus", { exact: true }).fill("131052-308T");
    await create.getByRole("button", { name: "Luo asiakas" }).click();
    await page.getByRole("heading", { name: "Kerttu Kokeilu" }).waitFor();
    expect(await page.getByText("131052-308T").count()).toBe(1);

    const grant = page.getByRole("form", { name: "Myönnä ostovoima tai saldo-ostovoima" });
    await grant.getByLabel("Palvelu", { exact: true }).selectOption({ label: "Siivouspalvelu" });
    await grant.getByLabel("Setelin numero").fill("PS-2026-7001");
    await grant.getByLabel("Laji").selectOption("balance");
    await grant.getByLabel("Yksikön arvo (€)").fill("0");
    await grant.getByLabel("Saldo (€)").fill("500,00");
    await grant.getByLabel("Voimassa alkaen").fill("2026-11-01");
    await grant.getByLabel("Voimassa asti").fill("2026-10-01");
    await grant.getByRole("button", { name: "Myönnä" }).click();
    // The range is refused by the server at the field it names.
    await expect.poll(() => grant.getByLabel("Voimassa asti").getAttribute("aria-invalid")).toBe("true");
    await grant.getByLabel("Voimassa asti").fill("2027-10-31");
    await grant.getByRole("button", { name: "Myönnä" }).click();
    await page.getByRole("cell", { name: "PS-2026-7001" }).waitFor();

    await page.goto(`${server.url}/vouchers/admin/settings`);
    const settings = page.getByRole("form", { name: "Palvelunjärjestäjän asetukset" });
    await expect.poll(() => settings.getByLabel("Tilityspäivä (4–8)").inputValue()).not.toBe("");
    await settings.getByLabel("Tilityspäivä (4–8)").fill("6");
    await settings.getByRole("button", { name: "Lisää syykoodi" }).click();
    await settings.getByLabel("Koodi").last().fill("UUSI");
    await settings.getByLabel("Selite suomeksi").last().fill("Uusi syy");
    await settings.getByLabel("Selite englanniksi").last().fill("New reason");
    await settings.getByRole("button", { name: "Tallenna asetukset" }).click();
    await settings.getByText("Tallennettu.").waitFor();
    expect(await settings.getByLabel("Koodi").last().inputValue()).toBe("UUSI");
  });
});
