import { helsinkiWallClockToEpoch } from "@reskontra/domain";
import { describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

const ORGANIZER = "jarjestaja@demo.reskontra.fi";
const PROVIDER = "ville.virtanen@demo.reskontra.fi";
const clock = { now: new Date(helsinkiWallClockToEpoch("2026-11-23", 12 * 60)) };

describe.skipIf(!hasChromium)("a client's events for the organizer and the provider, in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser({ clock: () => clock.now });

  it("the organizer filters a client's events by period and service and opens one with its history; the provider jumps from search to events", async () => {
    const organizer = await signedIn(browser, server.url, ORGANIZER, "/vouchers/review");

    // The automatic check sends the seed's November events to review; approving one first names it and its value.
    await organizer.getByRole("button", { name: "Aja automaattinen tarkastus nyt" }).click();
    const queued = organizer.getByTestId("review-Matti Meikäläinen-2026-11-10");
    await expect.poll(() => queued.getByTestId("event-state").textContent(), { timeout: 15_000 }).toBe("Tarkastettavana");
    await queued.getByRole("button", { name: "Hyväksy" }).click();
    const confirmation = await queued.getByText("Hyväksytäänkö tapahtuma").textContent();
    expect(confirmation).toContain("10.11.2026 · Matti Meikäläinen · Kotipalvelu Virtanen, setelin arvo 60,00\u00a0€");
    await queued.getByRole("button", { name: "Vahvista hyväksyntä" }).click();
    await queued.waitFor({ state: "detached" });

    // The client page: the client's own events tab.
    await organizer.goto(`${server.url}/vouchers/admin/clients`);
    await organizer.getByLabel("Hae asiakasta (nimi tai henkilötunnus)").fill("Matti");
    await organizer.getByRole("button", { name: "Hae" }).click();
    // The name opens the client's details; the row's quick link opens its events.
    await organizer.getByTestId("org-client-Matti Meikäläinen").getByRole("link", { name: "Matti Meikäläinen" }).click();
    await organizer.getByRole("tab", { name: "Tiedot ja ostovoimat", selected: true }).waitFor();
    await organizer.getByRole("tab", { name: "Tapahtumat" }).click();
    const results = organizer.getByTestId("event-search-results");
    await expect.poll(() => results.locator("tbody > tr").count(), { timeout: 15_000 }).toBe(3);

    // A reversed period is refused at its field before anything is sent.
    await organizer.getByLabel("Tapahtumat alkaen").fill("2026-11-30");
    await organizer.getByLabel("Tapahtumat päättyen").fill("2026-11-05");
    await organizer.getByRole("button", { name: "Hae tapahtumat" }).click();
    await organizer.getByText("Aikaväli on virheellinen").waitFor();

    // 5–30 November, home care only: the 10 November visit; 3 November is before, 12 November is cleaning.
    await organizer.getByLabel("Tapahtumat alkaen").fill("2026-11-05");
    await organizer.getByLabel("Tapahtumat päättyen").fill("2026-11-30");
    await organizer.getByLabel("Palvelu", { exact: true }).selectOption({ label: "Säännöllinen kotihoito" });
    await organizer.getByRole("button", { name: "Hae tapahtumat" }).click();
    await expect.poll(() => results.locator("caption").textContent(), { timeout: 15_000 }).toBe("1 tapahtuma");
    const row = organizer.getByTestId("org-event-Matti Meikäläinen-2026-11-10");
    expect(await row.textContent()).toContain("Aamukäynti");

    // "+" opens the event in place, read-only, with who changed its state and when.
    await row.getByRole("button", { name: "Näytä tapahtuman 10.11.2026 tiedot ja historia" }).click();
    const collapse = row.getByRole("button", { name: "Piilota tapahtuman 10.11.2026 tiedot" });
    expect(await collapse.getAttribute("aria-expanded")).toBe("true");
    const details = organizer.getByTestId("event-details");
    await details.getByTestId("event-history").waitFor();
    expect(await details.textContent()).toContain("Vain luku");
    const history = details.getByTestId("event-history").locator("tbody > tr");
    await expect.poll(() => history.count(), { timeout: 15_000 }).toBe(2);
    expect(await history.nth(0).textContent()).toContain("Siirtyi tarkastettavaksi");
    expect(await history.nth(0).textContent()).toContain("Automaattinen tarkastus tai tilitys");
    expect(await history.nth(1).textContent()).toContain("Hyväksytty");
    expect(await history.nth(1).textContent()).toContain("Olli Ojala");
    expect(await history.nth(1).textContent()).toContain("23.11.2026 klo 12.00");

    // The provider: from the search result straight to the client's events, then the details tab.
    const provider = await signedIn(browser, server.url, PROVIDER, "/vouchers/search");
    await provider.getByLabel("Nimi, henkilötunnus tai setelinumero").fill("Meikäläinen");
    await provider.getByRole("button", { name: "Hae" }).click();
    await provider.getByTestId("client-Matti Meikäläinen").getByRole("link", { name: "Tapahtumat" }).click();
    expect(new URL(provider.url()).search).toBe("?tab=events");
    expect(await provider.getByRole("tab", { name: "Tapahtumat" }).getAttribute("aria-selected")).toBe("true");
    await provider.getByTestId("event-2026-11-10").waitFor();
    await provider.getByRole("tab", { name: "Asiakastiedot" }).click();
    const card = await provider.getByTestId("client-details").textContent();
    expect(card).toContain("Satakunnankatu 20 B 7");
    expect(card).toContain("33210 Tampere");
    expect(card).toContain("matti.meikalainen@example.fi");
    expect(card).toContain("120345-***");
    expect(await provider.locator("body").textContent()).not.toContain("120345-9159");
  }, 300_000);
});
