import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

// The built web app runs under the api's Content-Security-Policy (no inline script, no framing):
// signing in, every module, a PDF preview — without one refused script, style or frame. And the
// build publishes no source maps.

describe.skipIf(!hasChromium)("the web app under its security headers", () => {
  const { server, browser } = e2eServerAndBrowser();

  /** Chromium reports every CSP refusal on the console. */
  function cspViolations(page: Page): string[] {
    const seen: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
    });
    return seen;
  }

  it("signs in, opens every module and previews a PDF without a CSP refusal; no source map is served", async () => {
    const first = await fetch(server.url);
    expect(first.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    const html = await first.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${server.url}${script}`, { headers: { "accept-encoding": "br" } });
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await fetch(`${server.url}${script}.map`)).status).toBe(404);

    const agent = await signedIn(browser, server.url, "agentti@demo.reskontra.fi");
    const agentViolations = cspViolations(agent);
    const nav = agent.getByRole("navigation", { name: "main" });
    for (const label of ["Laskut", "Asiakastuki"]) {
      await nav.getByRole("link", { name: label }).click();
      await agent.waitForLoadState("networkidle");
    }
    expect(agentViolations).toEqual([]);

    const user = await signedIn(browser, server.url, "ville.virtanen@demo.reskontra.fi", "/invoices/mine");
    const userViolations = cspViolations(user);
    await user.locator('[data-testid^="my-invoice-row-"] a').first().click();
    await user.getByRole("button", { name: "Esikatsele PDF" }).click();
    // The PDF's own frame loaded is the end of this page's work; "networkidle" never comes while
    // the invoice page polls its queued dispatch every 2 s on a busy machine.
    const pdfFrame = await (await user.getByTestId("invoice-pdf").elementHandle())?.contentFrame();
    expect(pdfFrame).toBeTruthy();
    await pdfFrame?.waitForLoadState("load");
    expect(userViolations).toEqual([]);
  });
});
