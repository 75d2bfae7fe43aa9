import { startTestServer, type TestServer } from "../src/testing";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium } from "./browser";

describe.skipIf(!hasChromium)("sign-in in Chromium", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("refuses a wrong password, then signs in, sees the shell in Finnish and switches to English", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByLabel("Sähköposti").fill("agentti@demo.reskontra.fi");
    await page.getByLabel("Salasana").fill("väärä salasana");
    await page.getByRole("button", { name: "Kirjaudu" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Sähköpostiosoite tai salasana on väärin");

    await page.getByLabel("Salasana").fill("demo-salasana");
    await page.getByRole("button", { name: "Kirjaudu" }).click();
    await page.getByTestId("signed-in-user").waitFor();
    expect(await page.getByTestId("signed-in-user").textContent()).toBe("Anna Asiakaspalvelu");
    const nav = page.getByRole("navigation", { name: "main" });
    for (const label of ["Laskut", "Palvelusetelit", "Maksumuistutukset", "Asiakastuki"]) {
      expect(await nav.getByRole("link", { name: label }).count()).toBe(1);
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
});
