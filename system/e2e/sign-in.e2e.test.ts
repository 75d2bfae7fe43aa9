import { describe, expect, it } from "vitest";
import { freshDemoCode, hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

describe.skipIf(!hasChromium)("sign-in in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser();

  it("refuses a wrong password, a wrong code and a replayed code, then signs in, sees the shell in Finnish and switches to English", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByLabel("Sähköposti").fill("agentti@demo.reskontra.fi");
    await page.getByLabel("Salasana").fill("väärä salasana");
    await page.getByRole("button", { name: "Kirjaudu" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Sähköpostiosoite tai salasana on väärin");

    await page.getByLabel("Salasana").fill("demo-salasana");
    await page.getByRole("button", { name: "Kirjaudu" }).click();

    // An agent's password is not enough: a code from the authenticator app (the demo secret) next.
    await page.getByLabel("Vahvistuskoodi").fill("000000");
    await page.getByRole("button", { name: "Vahvista" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Koodi on väärä tai vanhentunut");
    expect(await page.getByLabel("Vahvistuskoodi").getAttribute("aria-invalid")).toBe("true");
    expect((await page.context().cookies()).some((c) => c.name === "rsk_session")).toBe(false);
    const code = await freshDemoCode(server.url, "agentti@demo.reskontra.fi");
    await page.getByLabel("Vahvistuskoodi").fill(code);
    await page.getByRole("button", { name: "Vahvista" }).click();
    await page.getByTestId("signed-in-user").waitFor();

    // Someone who saw that code and knows the password cannot use it again, even at once.
    const other = await (await browser.newContext()).newPage();
    await other.goto(server.url);
    await other.getByLabel("Sähköposti").fill("agentti@demo.reskontra.fi");
    await other.getByLabel("Salasana").fill("demo-salasana");
    await other.getByRole("button", { name: "Kirjaudu" }).click();
    await other.getByLabel("Vahvistuskoodi").fill(code);
    await other.getByRole("button", { name: "Vahvista" }).click();
    await expect.poll(() => other.getByRole("alert").textContent()).toContain("Tämä koodi on jo käytetty");
    expect((await other.context().cookies()).some((c) => c.name === "rsk_session")).toBe(false);
    await other.context().close();

    expect(await page.getByTestId("signed-in-user").textContent()).toBe("Anna Asiakaspalvelu");
    const nav = page.getByRole("navigation", { name: "main" });
    // Customer service sees the modules its role may use, and only those (apps/web/src/shell/modules.ts).
    for (const label of ["Laskut", "Asiakastuki"]) {
      expect(await nav.getByRole("link", { name: label }).count()).toBe(1);
    }
    for (const label of ["Palvelusetelit", "Maksumuistutukset"]) {
      expect(await nav.getByRole("link", { name: label }).count()).toBe(0);
    }
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === "rsk_session");
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");

    await page.getByLabel("Kieli").selectOption("en");
    await nav.getByRole("link", { name: "Invoices" }).waitFor();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Sign in" }).waitFor();
  });

  it("signs an organizer admin in twice in a row and a platform admin once through the e2e helper's second step", async () => {
    for (const email of ["jarjestaja@demo.reskontra.fi", "jarjestaja@demo.reskontra.fi", "alusta@demo.reskontra.fi"]) {
      const page = await signedIn(browser, server.url, email);
      expect((await page.context().cookies()).some((c) => c.name === "rsk_session")).toBe(true);
      await page.context().close();
    }
  });
});
