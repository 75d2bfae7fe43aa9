import { readCaughtMail } from "../src/testing";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

const OPERATOR = "alusta@demo.reskontra.fi";
const ADMIN = "pia.paakayttaja@e2e.example.fi";
const USER = "ulla.kayttaja@e2e.example.fi";
const PASSWORD = "pitkä-ja-hyvä-salasana";
const NEW_PASSWORD = "toinen-pitkä-salasana";

describe.skipIf(!hasChromium)("organizations and people in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser({ timeout: 300_000 });

  /** The link's token from the newest caught mail to `to` whose subject has `subject`. */
  async function mailedToken(to: string, subject: string, count = 1): Promise<string> {
    const mails = async () =>
      (await readCaughtMail(server.mailDir)).filter((m) => m.to.includes(to) && m.subject.includes(subject));
    await expect.poll(async () => (await mails()).length, { timeout: 30_000, interval: 250 }).toBe(count);
    const text = (await mails()).at(-1)?.text ?? "";
    const token = /#([A-Za-z0-9_-]{20,})/.exec(text)?.[1];
    expect(token, text).toBeTruthy();
    return token ?? "";
  }

  async function freshPage(path: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}${path}`);
    return page;
  }

  async function acceptInvitation(token: string, name: string): Promise<Page> {
    const page = await freshPage(`/invitation#${token}`);
    await page.getByLabel("Nimesi").fill(name);
    await page.getByLabel("Salasana (vähintään 12 merkkiä)").fill(PASSWORD);
    await page.getByRole("button", { name: "Hyväksy kutsu" }).click();
    await expect.poll(() => page.getByTestId("signed-in-user").textContent(), { timeout: 15_000 }).toBe(name);
    return page;
  }

  it("the operator creates a billing company and invites its admin, who invites a user, changes the role and closes the account", async () => {
    const operator = await signedIn(browser, server.url, OPERATOR, "/organizations");
    await operator.getByLabel("Nimi", { exact: true }).fill("E2E Siivous Oy");
    await operator.getByLabel("Y-tunnus").fill("1234567-8");
    await operator.getByRole("button", { name: "Tallenna" }).click();
    await expect.poll(() => operator.getByText("Y-tunnus on virheellinen").count()).toBe(1);
    await operator.getByLabel("Y-tunnus").fill("1572860-0");
    await operator.getByLabel("Tilinumero (IBAN)").fill("FI21 1234 5600 0007 85");
    await operator.getByRole("button", { name: "Tallenna" }).click();
    await operator.getByTestId("organization-status").waitFor();

    const inviteAdmin = operator.getByRole("form", { name: "Kutsu pääkäyttäjä" });
    await inviteAdmin.getByLabel("Sähköposti").fill(ADMIN);
    await inviteAdmin.getByRole("button", { name: "Lähetä kutsu" }).click();
    await inviteAdmin.getByText(`Kutsu lähetetty osoitteeseen ${ADMIN}`).waitFor();

    const admin = await acceptInvitation(await mailedToken(ADMIN, "Kutsu Reskontraan: E2E Siivous Oy"), "Pia Pääkäyttäjä");
    await admin.goto(`${server.url}/organizations/people`);
    const invite = admin.getByRole("form", { name: "Kutsu henkilö" });
    await invite.getByLabel("Sähköposti").fill("ei-osoite");
    await invite.getByRole("button", { name: "Lähetä kutsu" }).click();
    await invite.getByText("Sähköpostiosoite ei ole oikean muotoinen").waitFor();
    await invite.getByLabel("Sähköposti").fill(USER);
    await invite.getByRole("button", { name: "Lähetä kutsu" }).click();
    await invite.getByText(`Kutsu lähetetty osoitteeseen ${USER}`).waitFor();

    const user = await acceptInvitation(await mailedToken(USER, "Kutsu Reskontraan"), "Ulla Käyttäjä");
    await user.goto(`${server.url}/account`);
    // An invoicing user got a 6-digit user number on creation.
    await user.getByText(/Käyttäjänumero: \d{6}/).waitFor({ timeout: 15_000 });

    await admin.reload();
    const row = admin.getByTestId(USER);
    await row.getByLabel("Tilitoimiston pääkäyttäjä").check();
    await row.getByRole("button", { name: "Tallenna roolit" }).click();
    await expect.poll(() => row.getByRole("button", { name: "Tallenna roolit" }).count()).toBe(0);
    expect(await row.getByLabel("Tilitoimiston pääkäyttäjä").isChecked()).toBe(true);

    await row.getByRole("button", { name: "Sulje tunnus" }).click();
    await row.getByRole("button", { name: "Avaa tunnus" }).waitFor();
    await admin.getByText("Sulki tunnuksen").waitFor();

    // The closed person's open session stops at once: the next page load asks them to sign in.
    await user.reload();
    await user.getByRole("button", { name: "Kirjaudu" }).waitFor();
    expect(await user.getByTestId("signed-in-user").count()).toBe(0);
  });

  it("a forgotten password is reset by the mailed link, and the old session ends", async () => {
    const session = await signedIn(browser, server.url, "ville.virtanen@demo.reskontra.fi");
    const page = await freshPage("/");
    await page.getByRole("link", { name: "Unohtuiko salasana?" }).click();
    await page.getByLabel("Sähköpostiosoite").fill("ville.virtanen@demo.reskontra.fi");
    await page.getByRole("button", { name: "Lähetä linkki" }).click();
    await page.getByText("Jos osoitteella on tunnus").waitFor();

    const token = await mailedToken("ville.virtanen@demo.reskontra.fi", "salasanan vaihto");
    // The mailed link opens a new page, as a mail client would.
    const reset = await freshPage(`/password-reset#${token}`);
    await reset.getByLabel("Uusi salasana (vähintään 12 merkkiä)").fill("lyhyt");
    await reset.getByRole("button", { name: "Tallenna salasana" }).click();
    await reset.getByText("Salasanassa on oltava vähintään 12 merkkiä").waitFor();
    await reset.getByLabel("Uusi salasana (vähintään 12 merkkiä)").fill(NEW_PASSWORD);
    await reset.getByRole("button", { name: "Tallenna salasana" }).click();
    await reset.getByText("Salasana vaihdettu").waitFor();

    await session.reload();
    await session.getByRole("button", { name: "Kirjaudu" }).waitFor();
    await page.goto(server.url);
    await page.getByLabel("Sähköposti").fill("ville.virtanen@demo.reskontra.fi");
    await page.getByLabel("Salasana").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Kirjaudu" }).click();
    await expect.poll(() => page.getByTestId("signed-in-user").textContent()).toBe("Ville Virtanen");
  });
});
