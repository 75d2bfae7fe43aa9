import { createMailer } from "@reskontra/mail";
import { describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

// Mail to a support address over the system's own SMTP server: a bounce lands in the quarantine,
// and an agent reads it at /support/mail and releases it to a request.
describe.skipIf(!hasChromium)("support mail quarantine in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser();

  it("a bounce sent to info@ is quarantined with its reason; the agent releases it to a new request", async () => {
    const mailer = createMailer(server.smtpUrl);
    try {
      await mailer.send({
        from: "MAILER-DAEMON@mx.asiakas.example",
        to: "info@reskontra.fi",
        subject: "Undelivered Mail Returned to Sender",
        text: "Viestiä ei voitu toimittaa osoitteeseen ville@asiakas.example.",
      });
    } finally {
      mailer.close();
    }
    const page = await signedIn(browser, server.url, "agentti@demo.reskontra.fi", "/support/mail");
    const row = page.getByTestId("Undelivered Mail Returned to Sender");
    // The worker's job quarantines it a moment after SMTP accepted it.
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByRole("heading", { name: "Sähköpostin karanteeni" }).waitFor();
          return row.count();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(1);
    expect(await row.textContent()).toContain("Palautunut viesti");
    await row.getByRole("link", { name: "Undelivered Mail Returned to Sender" }).click();
    expect(await page.getByTestId("quarantine-reason").textContent()).toBe("Palautunut viesti");
    expect(await page.locator(".support-mail-text").textContent()).toContain("Viestiä ei voitu toimittaa");
    await page.getByRole("button", { name: "Päästä läpi" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/Viesti päästettiin tukipyyntöön #\d{6}\./);
    await page.getByRole("link", { name: "Takaisin karanteeniin" }).click();
    await page.getByText("Karanteeni on tyhjä.").waitFor();
  });
});
