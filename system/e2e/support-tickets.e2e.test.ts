import { beforeAll, describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";
import { numberedInvoiceOf, SCREENSHOT_PNG } from "./support-fixtures";

const VILLE = "ville.virtanen@demo.reskontra.fi";

describe.skipIf(!hasChromium)("a support request in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser();
  let invoice: { id: string; number: string };
  beforeAll(async () => {
    invoice = await numberedInvoiceOf(server, VILLE);
  });

  it("files a request with an invoice number and a screenshot, sees the number linked and opens it", async () => {
    const user = await signedIn(browser, server.url, VILLE, "/support/tickets");
    await user.getByRole("link", { name: "Uusi tukipyyntö" }).click();
    await user.getByLabel("Aihe", { exact: true }).fill("Lasku ei mennyt perille");

    // Without a number the form warns before sending.
    await user
      .getByLabel("Kuvaus", { exact: true })
      .fill("Asiakas sanoo, ettei ole saanut laskua, vaikka lähetin sen eilen verkkolaskuna.");
    await user.getByTestId("ticket-identifier-warning").waitFor();
    await user
      .getByLabel("Kuvaus", { exact: true })
      .fill(`Asiakas sanoo, ettei ole saanut laskua ${invoice.number}, vaikka lähetin sen eilen verkkolaskuna.`);
    await user.locator(".ticket-recognised").getByRole("link", { name: invoice.number }).waitFor();
    await user.getByTestId("ticket-identifier-warning").waitFor({ state: "detached" });

    // A web page named like a picture is refused by the picker in words; the screenshot is taken.
    const picker = user.getByLabel("Liitteet");
    await picker.setInputFiles({ name: "sivu.html", mimeType: "text/html", buffer: Buffer.from("<html></html>") });
    await expect.poll(() => user.locator(".ticket-files [role=alert]").textContent()).toContain("tiedostotyyppiä ei hyväksytä");
    await picker.setInputFiles({ name: "kuvakaappaus.png", mimeType: "image/png", buffer: SCREENSHOT_PNG });
    await user.getByText("kuvakaappaus.png").waitFor();
    await user.getByRole("button", { name: "Lähetä tukipyyntö" }).click();

    await user.waitForURL(/\/support\/tickets\/[0-9a-f-]{36}$/);
    const message = user.getByTestId("ticket-message").first();
    const link = message.getByRole("link", { name: invoice.number });
    await link.waitFor();
    const attachment = message.getByTestId("ticket-attachment");
    expect(await attachment.textContent()).toBe("kuvakaappaus.png");
    const file = await user.request.get(`${server.url}${await attachment.getAttribute("href")}`);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("image/png");
    expect(Buffer.from(await file.body()).equals(SCREENSHOT_PNG)).toBe(true);

    await link.click();
    await user.waitForURL(`${server.url}/invoices/${invoice.id}`);
    await user.getByText(invoice.number).first().waitFor();

    // The request is in my list.
    await user.goto(`${server.url}/support/tickets`);
    await user.getByRole("link", { name: "Lasku ei mennyt perille" }).waitFor();
  });
});
