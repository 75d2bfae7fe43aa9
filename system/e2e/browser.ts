import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  // In CI a skip would pass without checking anything, so there a missing browser fails the run.
  if (!["", "0", "false"].includes(process.env.CI ?? "")) {
    throw new Error(`e2e: no Chromium at ${CHROMIUM}, and CI must run the e2e tests. Install chromium or set CHROMIUM_PATH.`);
  }
  console.warn(
    `e2e: skipped — no Chromium at ${CHROMIUM}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
}

/** Debian's Chromium, headless, with the flags that keep it off this machine's closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Signs a demo person in through the real login form, in a browser context of their own so their
 * session cookies never mix with anyone else's, and waits for the shell.
 */
export async function signedIn(browser: Browser, url: string, email: string, path = "/"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${url}${path}`);
  await page.getByLabel("Sähköposti").fill(email);
  await page.getByLabel("Salasana").fill("demo-salasana");
  await page.getByRole("button", { name: "Kirjaudu" }).click();
  await page.getByTestId("signed-in-user").waitFor();
  return page;
}
