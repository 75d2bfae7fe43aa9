import { formatMoney } from "@reskontra/domain";
import type { Dialog, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

const AINO = "aino.aalto@demo.reskontra.fi";
const AGENT = "agentti@demo.reskontra.fi";
const BUCKETS = ["not_due", "d1_30", "d31_60", "d61_90", "over_90"] as const;

/** The next dialog the page opens, answered by `answer`; its kind and text. */
function nextDialog(page: Page, answer: (dialog: Dialog) => Promise<void>) {
  return new Promise<{ type: string; message: string }>((resolve) => {
    page.once("dialog", (dialog) => {
      resolve({ type: dialog.type(), message: dialog.message() });
      void answer(dialog);
    });
  });
}

interface Ageing {
  today: string;
  totals: { bucket: (typeof BUCKETS)[number]; count: number; openCents: number }[];
  totalOpenCents: number;
}

/** The api's own answer, asked with the page's session (the same call the screen makes). */
async function ageingFromApi(page: Page, input: Record<string, string> = {}): Promise<Ageing> {
  return page.evaluate(async (json) => {
    const query = encodeURIComponent(JSON.stringify({ json }));
    const response = await fetch(`/trpc/invoices.receivablesAgeing?input=${query}`, { credentials: "same-origin" });
    const body = (await response.json()) as { result: { data: { json: Ageing } } };
    return body.result.data.json;
  }, input);
}

describe.skipIf(!hasChromium)("invoices: unsaved work and receivables by age in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser();

  it("asks before a half-filled invoice is left, keeps the input on cancel, and saves it as a draft into the user's list", async () => {
    const user = await signedIn(browser, server.url, AINO);
    await user.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Laskut" }).click();
    await user.getByRole("link", { name: "Uusi lasku" }).click();
    await user.getByLabel("Asiakas", { exact: true }).selectOption({ label: "Kahvila Kulma (A-1)" });
    const description = user.getByLabel("Kuvaus, Rivi 1");
    await description.fill("Puolivalmis kahvitarjoilu");

    // An in-app link asks first; cancelling stays on the form with what was typed.
    const asked = nextDialog(user, (d) => d.dismiss());
    await user.getByRole("link", { name: "Omat laskut" }).click();
    expect(await asked).toEqual({
      type: "confirm",
      message: "Lomakkeella on tallentamattomia muutoksia. Poistutaanko sivulta? Muutokset menetetään.",
    });
    expect(new URL(user.url()).pathname).toBe("/invoices/new");
    expect(await description.inputValue()).toBe("Puolivalmis kahvitarjoilu");

    // The row has no price yet: a draft keeps it (at 0,00 €) instead of refusing.
    await user.getByRole("button", { name: "Tallenna luonnos" }).click();
    await user.getByText("Laskurivit").first().waitFor();
    await expect.poll(() => new URL(user.url()).pathname).toMatch(/^\/invoices\/[0-9a-f-]{36}$/);
    let askedAgain = false;
    user.once("dialog", (d) => {
      askedAgain = true;
      void d.dismiss();
    });
    await user.getByRole("link", { name: "Omat laskut" }).click();
    const draftRow = user.getByRole("row", { name: /\(luonnos\).*Kahvila Kulma/ });
    await draftRow.first().waitFor();
    expect(askedAgain).toBe(false);
  });

  it("asks before the tab is closed with unsaved input (beforeunload)", async () => {
    const user = await signedIn(browser, server.url, AINO, "/invoices/new");
    await user.getByLabel("Kuvaus, Rivi 1").click();
    await user.getByLabel("Kuvaus, Rivi 1").pressSequentially("Kesken");
    const asked = nextDialog(user, (d) => d.accept());
    await user.close({ runBeforeUnload: true });
    expect((await asked).type).toBe("beforeunload");
  });

  it("shows customer service the ageing totals the api computes, per bucket in Finnish money, and filters the list by bucket", async () => {
    const agent = await signedIn(browser, server.url, AGENT);
    await agent.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Laskut" }).click();
    await agent.getByRole("link", { name: "Avoimet saatavat" }).click();
    await agent.getByTestId("ageing-totals").waitFor();
    const api = await ageingFromApi(agent);
    expect(api.totals.map((t) => t.bucket)).toEqual([...BUCKETS]);
    expect(api.totalOpenCents).toBeGreaterThan(0);
    for (const total of api.totals) {
      const row = agent.getByTestId(`ageing-bucket-${total.bucket}`);
      expect(await row.getByTestId("ageing-count").textContent()).toBe(String(total.count));
      expect(await row.getByTestId("ageing-open").textContent()).toBe(formatMoney(total.openCents, "fi"));
    }
    expect(await agent.getByTestId("ageing-total-open").textContent()).toBe(formatMoney(api.totalOpenCents, "fi"));
    await agent.getByTestId("ageing-chart").locator("svg[role=img]").waitFor();

    // The fullest bucket as a filter: the list holds exactly its invoices.
    const fullest = [...api.totals].sort((a, b) => b.count - a.count)[0];
    if (!fullest) throw new Error("no buckets");
    await agent.getByTestId(`ageing-bucket-${fullest.bucket}`).getByRole("button").click();
    await expect.poll(() => agent.locator("[data-testid^=receivable-row-]").count()).toBe(fullest.count);
    expect(await agent.getByLabel("Ikäluokka", { exact: true }).inputValue()).toBe(fullest.bucket);
  });
});
