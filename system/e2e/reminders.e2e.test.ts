import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { readCaughtMail } from "../src/testing";
import { describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

const ADMIN = "paakayttaja@demo.reskontra.fi";
const MAIJA_EMAIL = "maija.meikalainen@example.fi";
/** Maija's demo invoice, due 29.9.2026 and unpaid (seed-reminders.ts). */
const OVERDUE = "1001029001";
/** Rakennus Oy's demo invoice, due 2.11.2026: a business customer in the business default rule. */
const BUSINESS_OVERDUE = "1001029002";

describe.skipIf(!hasChromium)("payment reminders in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser();

  it("an admin activates with the fee confirmed, makes a VIP rule, moves a customer there, and the run e-mails the reminder", async () => {
    const admin = await signedIn(browser, server.url, ADMIN);
    await admin.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Maksumuistutukset" }).click();

    // Activation needs the explicit confirmation of the 0,25 € fee, then walks the rules and the customers.
    await admin.getByRole("button", { name: "Aloita käyttöönotto" }).click();
    const next = admin.getByRole("button", { name: "Seuraava" });
    expect(await next.isDisabled()).toBe(true);
    await admin.getByLabel(/0,25 € \(ALV 0 %\)/).check();
    for (let step = 0; step < 3; step += 1) await next.click();
    await admin.getByRole("button", { name: "Ota käyttöön" }).click();
    await admin.getByTestId("reminders-active").waitFor();
    expect(await admin.getByTestId("reminders-active").textContent()).toContain("Kaisa Kallio");
    await admin.getByTestId("rule-Kuluttaja-asiakkaat").waitFor();

    // A VIP rule: an unlawful fee is refused at the field with the reason, a lawful one is saved.
    await admin.getByRole("link", { name: "Uusi sääntö" }).click();
    await admin.getByLabel("Nimi").fill("VIP");
    await admin.getByLabel("Perintäkulu (€)").fill("5,01");
    await admin.getByLabel("Päiviä eräpäivästä").fill("21");
    await admin.getByRole("button", { name: "Tallenna" }).click();
    await expect.poll(() => admin.getByRole("alert").first().textContent()).toContain("ylittää lain salliman");
    await admin.getByLabel("Perintäkulu (€)").fill("0,00");
    await admin.getByRole("button", { name: "Tallenna" }).click();
    await admin.getByRole("heading", { name: "VIP" }).waitFor();

    // Maija moves from the consumer default to VIP.
    await admin.getByRole("link", { name: "Säännöt" }).click();
    await admin.getByRole("link", { name: "Kuluttaja-asiakkaat" }).click();
    await admin.getByRole("link", { name: "Asiakkaat", exact: true }).click();
    await admin.getByLabel("Valitse Maija Meikäläinen").check();
    await admin.getByLabel("Siirrä valitut sääntöön").selectOption({ label: "VIP" });
    await admin.getByRole("button", { name: "Siirrä" }).click();
    await expect.poll(() => admin.getByRole("status").first().textContent()).toContain("1 asiakas siirretty");

    // The dry run lists her overdue invoice under VIP, without a fee.
    await admin.getByRole("link", { name: "Koeajo" }).click();
    const row = admin.getByTestId(`dry-${OVERDUE}`);
    await row.waitFor();
    expect(await row.textContent()).toContain("VIP");
    expect(await row.textContent()).toContain("Lähetetään (1. muistutus)");

    // The business default claims the fixed 40 € compensation: the dry run shows it on Rakennus Oy's first reminder.
    await admin.getByRole("link", { name: "Säännöt" }).click();
    await admin.getByRole("link", { name: "Yritysasiakkaat" }).click();
    await admin.getByRole("link", { name: "Asetukset" }).click();
    await admin.getByLabel(/Peri kiinteä 40 € korvaus/).check();
    await admin.getByRole("button", { name: "Tallenna" }).click();
    await expect.poll(() => admin.getByRole("status").first().textContent()).toContain("Sääntö tallennettu");
    await admin.getByRole("link", { name: "Koeajo" }).click();
    await expect.poll(() => admin.getByTestId(`dry-${BUSINESS_OVERDUE}`).textContent()).toContain("40,00\u00a0€");
    expect(await row.textContent()).not.toContain("40,00");

    // Run now, once confirmed: the worker makes the reminder and e-mails it to the local SMTP server.
    await admin.getByRole("button", { name: "Aja muistutukset nyt" }).click();
    await admin.getByRole("button", { name: /^Lähetä \d+ muistutus/ }).click();
    await expect
      .poll(async () => (await readCaughtMail(server.mailDir)).filter((m) => m.to.includes(MAIJA_EMAIL)), { timeout: 60_000 })
      .toHaveLength(1);
    const [mail] = (await readCaughtMail(server.mailDir)).filter((m) => m.to.includes(MAIJA_EMAIL));
    expect(mail?.subject).toContain(`Maksumuistutus: lasku ${OVERDUE}`);
    expect(mail?.attachments[0]?.contentType).toBe("application/pdf");
    // Rakennus Oy's reminder goes as a Finvoice message with the compensation as its own line.
    const finvoices = async () =>
      Promise.all(
        (await readdir(server.einvoiceOutboxDir).catch(() => [])).map((f) =>
          readFile(path.join(server.einvoiceOutboxDir, f), "utf8"),
        ),
      );
    await expect
      .poll(async () => (await finvoices()).filter((x) => x.includes("Kiinteä korvaus perintäkuluista")).length, {
        timeout: 60_000,
      })
      .toBe(1);

    // The VIP rule's events tab shows it, filterable by the invoice.
    await admin.getByRole("link", { name: "Säännöt" }).click();
    await admin.getByRole("link", { name: "VIP" }).click();
    await admin.getByRole("link", { name: "Tapahtumat" }).click();
    await admin.getByLabel("Laskunumero").fill(OVERDUE);
    await admin.getByTestId(`event-sent-${OVERDUE}`).waitFor({ timeout: 30_000 });
    expect(await admin.getByTestId(`event-created-${OVERDUE}`).count()).toBe(1);
  });
});
