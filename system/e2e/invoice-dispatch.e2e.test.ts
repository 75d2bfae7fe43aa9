import { readCaughtMail } from "../src/testing";
import { describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

const USER = "ville.virtanen@demo.reskontra.fi";
const AGENT = "agentti@demo.reskontra.fi";
const CUSTOMER_EMAIL = "maija.meikalainen@example.fi";

describe.skipIf(!hasChromium)("invoice from submit to e-mail in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser();

  it("a user submits, an agent sends by e-mail, the PDF arrives over SMTP and the user sees it sent", async () => {
    // The user writes an invoice to a demo customer and submits it.
    const user = await signedIn(browser, server.url, USER);
    await user.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Laskut" }).click();
    await user.getByRole("link", { name: "Uusi lasku" }).click();
    await user.getByLabel("Asiakas", { exact: true }).selectOption({ label: "Maija Meikäläinen (1)" });
    // The customer has an e-mail address and no e-invoice address, so e-mail is suggested.
    expect(await user.getByLabel("Toimitustapa").inputValue()).toBe("email");
    await user.getByLabel("Kuvaus, Rivi 1").fill("Kotisiivous");
    await user.getByLabel("Määrä, Rivi 1").fill("2,5");
    await user.getByLabel("Yksikkö, Rivi 1").fill("h");
    await user.getByLabel("À-hinta (alv 0 %, €), Rivi 1").fill("40,00");
    // 2,5 h × 40,00 € = 100,00 € + 25,5 % VAT = 125,50 €, shown while typing.
    await expect.poll(() => user.getByTestId("invoice-form-totals").textContent()).toContain("125,50\u00a0€");
    await user.getByRole("button", { name: "Lähetä käsiteltäväksi" }).click();

    const heading = user.getByRole("heading", { name: /^Lasku \d+/ });
    await heading.waitFor();
    const invoiceNumber = /Lasku (\d+)/.exec((await heading.textContent()) ?? "")?.[1] ?? "";
    // User 100102's first invoice on a fresh database.
    expect(invoiceNumber).toBe("1001021");
    expect(await user.getByTestId("invoice-status").textContent()).toBe("Lähettämätön");

    // The agent finds it in the unsent queue with its deadline and urgency, and sends it.
    const agent = await signedIn(browser, server.url, AGENT);
    await agent.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Laskut" }).click();
    const row = agent.getByTestId(`unsent-row-${invoiceNumber}`);
    await row.waitFor();
    const rowText = (await row.textContent()) ?? "";
    expect(rowText).toContain("Maija Meikäläinen");
    expect(rowText).toContain("125,50\u00a0€");
    expect(rowText).toMatch(/Myöhässä|Vaarassa|Tänään|Huomenna|Myöhemmin/);
    expect(rowText).toMatch(/\d{1,2}\.\d{1,2}\.\d{4} klo \d{2}\.\d{2}/);
    await row.getByRole("button", { name: "Lähetä" }).click();
    // Sending cannot be undone: the question names the channel and the recipient first.
    expect(await agent.getByTestId("send-confirm-channel").textContent()).toBe(`Sähköpostina osoitteeseen ${CUSTOMER_EMAIL}.`);
    await agent.getByRole("button", { name: "Kyllä, lähetä" }).click();
    await agent.getByText(`Lasku ${invoiceNumber} on lähetysjonossa.`).waitFor();

    // The worker mails the PDF from the invoices mailbox to the customer through the local SMTP server.
    await expect
      .poll(async () => (await readCaughtMail(server.mailDir)).filter((m) => m.to.includes(CUSTOMER_EMAIL)).length, {
        timeout: 30_000,
        interval: 250,
      })
      .toBe(1);
    const [mail] = (await readCaughtMail(server.mailDir)).filter((m) => m.to.includes(CUSTOMER_EMAIL));
    const pdf = mail?.attachments.find((a) => a.contentType === "application/pdf");
    expect(pdf?.filename).toContain(invoiceNumber);
    expect(pdf?.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // Once delivered, the invoice leaves the agent's queue…
    await expect.poll(() => agent.getByTestId(`unsent-row-${invoiceNumber}`).count(), { timeout: 15_000 }).toBe(0);

    // …and the user sees it as sent, with the step in its history and the PDF previewable.
    await expect
      .poll(
        async () => {
          await user.reload();
          return user.getByTestId("invoice-status").textContent();
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBe("Lähetetty");
    expect(await user.getByRole("cell", { name: "Lähetetty asiakkaalle" }).count()).toBe(1);
    await user.getByRole("button", { name: "Esikatsele PDF" }).click();
    expect(await user.getByTestId("invoice-pdf").getAttribute("src")).toMatch(/^blob:/);
    await user.getByRole("navigation", { name: "Laskujen näkymät" }).getByRole("link", { name: "Omat laskut" }).click();
    expect(await user.getByTestId(`my-invoice-row-${invoiceNumber}`).textContent()).toContain("Lähetetty");

    // The user is told in the app, and by e-mail at their own address.
    await user.getByTestId("notifications-button").click();
    await user.getByRole("link", { name: `Lasku ${invoiceNumber} on lähetetty asiakkaalle (sähköposti).` }).waitFor();
    await expect
      .poll(
        async () =>
          (await readCaughtMail(server.mailDir)).filter((m) => m.to.includes("ville.virtanen@demo.reskontra.fi")).length,
        {
          timeout: 30_000,
          interval: 250,
        },
      )
      .toBe(1);
  });
});
