import { describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

describe.skipIf(!hasChromium)("development suggestions in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser();

  it("a user files a suggestion with the checklist, another votes for it, and the product team moves it on the monthly board and merges a duplicate into it", async () => {
    // Ville files: the checklist ticks as he writes; the attachment stays a recommendation.
    const ville = await signedIn(browser, server.url, "ville.virtanen@demo.reskontra.fi", "/support/suggestions/new");
    await ville.getByRole("heading", { name: "Uusi kehitysehdotus" }).waitFor();
    expect(await ville.getByTestId("checklist-benefit").textContent()).toContain("puuttuu");
    await ville.getByRole("button", { name: "Lähetä ehdotus" }).click();
    await ville.getByText("Täytä tämä kenttä.").first().waitFor();
    await ville.getByLabel("Otsikko").fill("Tänään erääntyvät laskut");
    await ville
      .getByLabel("Kuvaus")
      .fill("Laskulistaan suodatin, joka näyttää vain tänään erääntyvät laskut yhdellä napsautuksella.");
    await ville.getByLabel("Hyöty").fill("Säästää kymmenen minuuttia joka aamu");
    await ville.getByLabel("Nykyinen hankaluus").fill("Nyt laskut pitää lajitella käsin eräpäivän mukaan");
    expect(await ville.getByTestId("checklist-benefit").textContent()).toContain("kunnossa");
    expect(await ville.getByTestId("checklist-description").textContent()).toContain("kunnossa");
    await ville.getByRole("button", { name: "Lähetä ehdotus" }).click();
    const sent = ville.getByTestId("suggestion-sent");
    await sent.waitFor();
    const number = /#(\d+)/.exec((await sent.textContent()) ?? "")?.[1];
    expect(number).toBeDefined();

    // His own suggestion has no vote button for him.
    await ville.getByRole("link", { name: "Ehdotukset", exact: true }).click();
    const own = ville.getByTestId(`suggestion-${number}`);
    await own.waitFor();
    expect(await own.textContent()).toContain("Oma ehdotus");
    expect(await own.getByRole("button", { name: "Äänestä" }).count()).toBe(0);

    // Aino, of another company, sees it without Ville's name and votes for it once.
    const aino = await signedIn(browser, server.url, "aino.aalto@demo.reskontra.fi", "/support/suggestions");
    const item = aino.getByTestId(`suggestion-${number}`);
    await item.waitFor();
    expect(await item.textContent()).toContain("Uusi");
    await item.getByRole("button", { name: "Äänestä" }).click();
    await expect.poll(() => item.getByTestId("vote-count").textContent()).toBe("1 ääni");
    await item.getByRole("button", { name: "Peru ääni" }).waitFor();
    await item.getByRole("link", { name: /Tänään erääntyvät laskut/ }).click();
    await aino.getByTestId("suggestion-detail").waitFor();
    expect(await aino.getByTestId("suggestion-detail").textContent()).not.toContain("Ville");

    // The product team moves it on this month's board from new to under review, with a reason.
    const product = await signedIn(browser, server.url, "tuote@demo.reskontra.fi", "/support/suggestions/board");
    const card = product.getByTestId("column-new").getByTestId(`board-${number}`);
    await card.waitFor();
    expect(await card.textContent()).toContain("1 ääni");
    expect(await card.textContent()).toContain("Ville Virtanen");
    await card.getByRole("button", { name: "Siirrä…" }).click();
    const dialog = product.getByRole("dialog", { name: `Siirrä ehdotus #${number}` });
    await dialog.getByLabel("Uusi tila").selectOption({ label: "Arvioitavana" });
    await dialog.getByRole("button", { name: "Siirrä" }).click();
    await expect.poll(() => dialog.getByRole("alert").first().textContent()).toContain("Täytä tämä kenttä.");
    await dialog.getByLabel("Perustelu").fill("Otetaan joulukuun katselmukseen");
    await dialog.getByRole("button", { name: "Siirrä" }).click();
    await product.getByTestId("column-under_review").getByTestId(`board-${number}`).waitFor();
    expect(await product.getByTestId("column-new").getByTestId(`board-${number}`).count()).toBe(0);

    // The demo's text-message idea (#1003) turns out to be a duplicate: merged, its author's support moves along.
    const duplicate = product.getByTestId("column-new").getByTestId("board-1003");
    await duplicate.getByRole("button", { name: "Yhdistä…" }).click();
    const merge = product.getByRole("dialog", { name: "Yhdistä ehdotus #1003 toiseen" });
    await merge.getByLabel("Ehdotus, jota tämä toistaa").selectOption({ label: `#${number} Tänään erääntyvät laskut` });
    await merge.getByRole("button", { name: "Yhdistä" }).click();
    await product.getByTestId("column-merged").getByTestId("board-1003").waitFor();
    await expect
      .poll(() => product.getByTestId("column-under_review").getByTestId(`board-${number}`).textContent())
      .toContain("2 ääntä");

    // Aino sees the new status and the reason.
    await aino.reload();
    await expect
      .poll(() => aino.getByTestId("suggestion-detail").textContent())
      .toContain("Perustelu: Otetaan joulukuun katselmukseen");
    expect(await aino.getByTestId("suggestion-history").textContent()).toContain("Tila muuttui: Uusi → Arvioitavana");
  });
});
