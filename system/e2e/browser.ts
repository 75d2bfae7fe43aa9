import { existsSync } from "node:fs";
import { demoTotpCode } from "@reskontra/api/testing";
import { chromium, type Browser, type Page } from "playwright-core";
import { signInAidOf } from "../src/testing";

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

/** The last TOTP step each demo person used, per server: the api refuses a code's step twice. */
const usedSteps = new Map<string, number>();

/**
 * The demo secret's code for a step this person has not used on this server yet: now's, else the
 * next one (the api accepts one step ahead), else — a third sign-in within 30 s — after a wait.
 */
export async function freshDemoCode(url: string, email: string): Promise<string> {
  // A server of startTestServer may run on a frozen business clock: its code is the code of that
  // instant, made usable again for each sign-in (replay refusal is tested without this aid).
  const aid = signInAidOf(url);
  if (aid) {
    await aid.forgetUsedCode(email);
    return demoTotpCode(aid.clock());
  }
  const key = `${url} ${email}`;
  for (;;) {
    const current = Math.floor(Date.now() / 30_000);
    const step = Math.max(current, (usedSteps.get(key) ?? -1) + 1);
    if (step <= current + 1) {
      usedSteps.set(key, step);
      return demoTotpCode(new Date(step * 30_000 + 1_000));
    }
    await new Promise((resolve) => setTimeout(resolve, (current + 1) * 30_000 - Date.now() + 50));
  }
}

/**
 * Signs a demo person in through the real login form, in a browser context of their own so their
 * session cookies never mix with anyone else's, and waits for the shell. The people whose role needs
 * a second factor (agent, organizer admin, platform admin) type the demo secret's code next.
 */
export async function signedIn(browser: Browser, url: string, email: string, path = "/"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${url}${path}`);
  await page.getByLabel("Sähköposti").fill(email);
  await page.getByLabel("Salasana").fill("demo-salasana");
  await page.getByRole("button", { name: "Kirjaudu" }).click();
  const shell = page.getByTestId("signed-in-user");
  const code = page.getByLabel("Vahvistuskoodi");
  await shell.or(code).waitFor();
  if (await code.isVisible()) {
    await code.fill(await freshDemoCode(url, email));
    await page.getByRole("button", { name: "Vahvista" }).click();
  }
  // A refused sign-in says why on the page; a bare timeout would not.
  await shell.waitFor().catch(async (error: unknown) => {
    const said = (await page.locator("main, body").first().innerText()).replace(/\s+/g, " ").slice(0, 400);
    throw new Error(`${email} did not get in at ${page.url()}; the page says: ${said}`, { cause: error });
  });
  return page;
}
