import { helsinkiWallClockToEpoch } from "@reskontra/domain";
import { describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

const PROVIDER = "ville.virtanen@demo.reskontra.fi";
const clock = { now: new Date(helsinkiWallClockToEpoch("2026-11-23", 10 * 60)) };

describe.skipIf(!hasChromium)("a voucher event that does not fit, in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser({ clock: () => clock.now });

  it("the provider sees 1 000 h refused at the units field with the 36,5 h left, then saves 2 h", async () => {
    const provider = await signedIn(browser, server.url, PROVIDER);
    await provider.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Palvelusetelit" }).click();
    await provider.getByLabel("Nimi, henkilötunnus tai setelinumero").fill("Meikäläinen");
    await provider.getByRole("button", { name: "Hae" }).click();
    await provider.getByTestId("client-Matti Meikäläinen").getByRole("link", { name: "Matti Meikäläinen" }).click();

    await provider.getByRole("button", { name: "Kirjaa tapahtuma" }).click();
    const form = provider.getByRole("form", { name: "Kirjaa tapahtuma" });
    await form.getByLabel("Ostovoima").selectOption({ label: "PS-2026-0002 · Säännöllinen kotihoito" });
    await form.getByLabel("Päivä", { exact: true }).fill("2026-11-17");
    await form.getByLabel("Alkaa").fill("08:00");
    await form.getByLabel("Päättyy").fill("10:00");
    await form.getByLabel("Palvelun sisältö").fill("Aamukäynti");
    const units = form.getByLabel("Määrä (yksikköä)");
    await units.fill("1000");
    await form.getByRole("button", { name: "Tallenna tapahtuma" }).click();

    // The refusal stands at the units field, in plain words, with what is left.
    await expect.poll(() => units.getAttribute("aria-invalid")).toBe("true");
    const describedBy = await units.getAttribute("aria-describedby");
    expect(describedBy).toBeTruthy();
    await expect
      .poll(async () => form.locator(`[id="${describedBy}"]`).textContent())
      .toBe("Palvelusetelillä on jäljellä 36,5 h: 1\u00a0000 h ei mahdu siihen. Kirjaa enintään jäljellä oleva määrä.");

    // Two hours fit: the event is saved and listed.
    await units.fill("2");
    await form.getByRole("button", { name: "Tallenna tapahtuma" }).click();
    await provider.getByTestId("event-2026-11-17").waitFor();
    expect(await provider.getByTestId("event-2026-11-17").getByTestId("event-state").textContent()).toBe("Kirjattu");
  });
});
