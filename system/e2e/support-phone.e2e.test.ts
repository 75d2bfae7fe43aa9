import { describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

// The business clock stands on Monday 23 November 2026 at 10.00 in Helsinki: both lines are open.
const NOW = new Date("2026-11-23T08:00:00Z");

describe.skipIf(!hasChromium)("the phone desk in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser({ clock: () => NOW });

  it("an agent logs a call as a new request, promises a callback inside the hours, and marks it called", async () => {
    const agent = await signedIn(browser, server.url, "agentti@demo.reskontra.fi", "/support/phone");
    const software = agent.getByTestId("phone-line-software");
    await software.waitFor();
    expect(await software.textContent()).toContain("+358 9 1234 5670");
    expect(await software.textContent()).toContain("Auki nyt, klo 16.00 asti");
    expect(await agent.getByText("Pidä laskun, asiakirjan tai työtilauksen numero saatavilla").count()).toBe(1);

    // The call: Ville Virtanen rang about an invoice; his number is recognised.
    await agent.getByText("Kirjaa puhelu uutena tukipyyntönä").click();
    const logForm = agent.getByRole("form", { name: "Kirjaa puhelu uutena tukipyyntönä" });
    await logForm.getByLabel("Soittajan numero").fill("040 123 4567");
    await logForm.getByLabel("Kesto (min)").fill("3");
    await logForm.getByLabel("Aihe").fill("Laskun 1001021 lähetys");
    await logForm.getByLabel("Yhteenveto").fill("Asiakas kysyi, miksi lasku 1001021 ei ole mennyt perille.");
    await logForm.getByRole("button", { name: "Tallenna puhelu" }).click();
    await expect.poll(() => logForm.getByRole("status").textContent()).toMatch(/Puhelu kirjattu tukipyyntöön #\d+/);
    await expect.poll(() => agent.getByTestId("calls").getByRole("table").textContent()).toContain("Ville Virtanen");

    // The callback: 16.30 is after the line's hours and is refused at the time field; 13.30 is promised.
    const panel = agent.getByTestId("call-panel");
    await panel.waitFor();
    expect(await panel.textContent()).toContain("3 min 00 s");
    await panel.getByText("Lupaa soitto takaisin").click();
    const callbackForm = panel.getByRole("form", { name: "Lupaa soitto takaisin" });
    expect(await callbackForm.getByLabel("Puhelinnumero").inputValue()).toBe("+358401234567");
    await callbackForm.getByLabel("Päivä").fill("2026-11-23");
    await callbackForm.getByLabel("Kellonaika").fill("16.30");
    await callbackForm.getByRole("button", { name: "Lupaa soitto" }).click();
    await expect
      .poll(() => callbackForm.getByRole("alert").first().textContent())
      .toContain("ei ole linjan aukioloaikana: linja palvelee arkipäivisin klo 8.00–16.00");
    await callbackForm.getByLabel("Kellonaika").fill("13.30");
    await callbackForm.getByRole("button", { name: "Lupaa soitto" }).click();
    await expect.poll(() => callbackForm.getByRole("status").textContent()).toContain("Soittopyyntö luotu.");

    // The queue of callbacks due lists it; calling back marks it done and it leaves the queue.
    const due = agent.getByTestId("due-callbacks");
    const row = due.getByTestId("callback-+358401234567");
    await row.waitFor();
    expect(await row.textContent()).toContain("23.11.2026 klo 13.30");
    await row.getByRole("button", { name: "Soitettu" }).click();
    // The demo's own callback to Aino (seed-support-tickets.ts) stays in the queue; Ville's leaves it.
    await expect.poll(() => row.count()).toBe(0);
    expect(await due.getByTestId("callback-+358501112223").count()).toBe(1);
    await expect.poll(() => panel.textContent()).toContain("Soitettu");
  });
});
