import { readFile } from "node:fs/promises";
import { alerts, supportCalls, supportLines } from "@reskontra/db";
import { helsinkiToday, reportMonthOf } from "@reskontra/domain";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../src/testing";
import { hasChromium, launchChromium, signedIn } from "./browser";

describe.skipIf(!hasChromium)("the support desk's monthly report in Chromium", () => {
  let server: TestServer;
  let browser: Browser;
  const month = reportMonthOf(new Date());
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    // Three calls to the invoicing line this month (the phone room logs them; here they are given).
    const line = (await server.database.db.select().from(supportLines)).find((l) => l.code === "invoices");
    const now = new Date();
    await server.database.db
      .insert(supportCalls)
      .values(
        [1, 2, 3].map((i) => ({ lineId: line?.id ?? "", startedAt: new Date(now.getTime() - i * 1000), durationSeconds: 60 })),
      );
    // What the SLA sweep files when a request's first response runs late (its own test is the worker's).
    await server.database.db.insert(alerts).values({
      kind: "support_sla_breach",
      businessDate: helsinkiToday(now),
      payload: { tickets: [{ ticketId: "00000000-0000-4000-8000-000000000001", number: 100777, target: "first_response" }] },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("an agent opens the report, reads the figures and the chart, switches month and downloads the CSV", async () => {
    const agent = await signedIn(browser, server.url, "agentti@demo.reskontra.fi");
    await agent.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Asiakastuki" }).click();
    await agent.getByRole("link", { name: "Raportit" }).click();
    await agent.getByRole("heading", { name: "Asiakastuen kuukausiraportti" }).waitFor();
    expect(await agent.getByLabel("Kuukausi").inputValue()).toBe(month);
    await expect.poll(() => agent.getByTestId("sla-alerts").textContent()).toContain("#100777 ensivastaus");

    const invoicesRow = agent.getByTestId("report-by-category-invoices");
    await invoicesRow.waitFor();
    expect(await invoicesRow.textContent()).toContain("Laskutus ja lähetys");
    expect(await agent.getByTestId("report-by-line-invoices").textContent()).toContain("3");

    // The chart is an SVG image with a name and a description that says its figures.
    const chart = agent.getByRole("img", { name: "Pyynnöt ja puhelut aiheittain" });
    await chart.waitFor();
    expect(await chart.getAttribute("aria-describedby")).toBeTruthy();
    expect(await agent.getByTestId("report-chart-categories").locator("svg rect").count()).toBe(10);
    const description = await agent.getByTestId("report-chart-categories").locator("desc").textContent();
    expect(description).toContain("Laskutus ja lähetys: Pyynnöt 0, Puhelut 3");
    await agent.getByRole("img", { name: "Vasteajat arkitunteina" }).waitFor();

    // A month without calls shows zeros; back to this month.
    await agent.getByLabel("Kuukausi").fill("2020-01");
    await expect.poll(() => agent.getByTestId("report-by-category-total").textContent()).toBe("Yhteensä00");
    await agent.getByLabel("Kuukausi").fill(month);
    await expect.poll(() => agent.getByTestId("report-by-line-invoices").textContent()).toContain("3");

    const [download] = await Promise.all([
      agent.waitForEvent("download"),
      agent.getByRole("button", { name: "Lataa CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`asiakastuki-raportti-${month}.csv`);
    const bytes = await readFile((await download.path()) ?? "");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.startsWith("Osio;Nimike;Arvo;Yksikkö\r\n")).toBe(true);
    expect(text).toContain("Puhelut linjoittain;Laskutuksen asiakaspalvelu;3;kpl\r\n");
  });

  it("a requester has no reports tab", async () => {
    const user = await signedIn(browser, server.url, "ville.virtanen@demo.reskontra.fi", "/support/tickets");
    await user.getByRole("link", { name: "Kehitysehdotukset" }).waitFor();
    expect(await user.getByRole("link", { name: "Raportit" }).count()).toBe(0);
  });
});
