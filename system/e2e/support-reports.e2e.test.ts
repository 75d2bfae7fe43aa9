import { readFile } from "node:fs/promises";
import { alerts, supportCalls, supportLines } from "@reskontra/db";
import { helsinkiToday, reportMonthOf } from "@reskontra/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

describe.skipIf(!hasChromium)("the support desk's monthly report in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser();
  const month = reportMonthOf(new Date());
  const PAST = "2021-11";
  beforeAll(async () => {
    // Three calls to the invoicing line in November 2021, a month no demo data reaches (the phone room
    // logs calls; here they are given).
    const line = (await server.database.db.select().from(supportLines)).find((l) => l.code === "invoices");
    const now = new Date();
    await server.database.db
      .insert(supportCalls)
      .values(
        [1, 2, 3].map((i) => ({ lineId: line?.id ?? "", startedAt: new Date(`2021-11-1${i}T08:00:00Z`), durationSeconds: 60 })),
      );
    // What the SLA sweep files when a request's first response runs late (its own test is the worker's).
    await server.database.db.insert(alerts).values({
      kind: "support_sla_breach",
      businessDate: helsinkiToday(now),
      payload: { tickets: [{ ticketId: "00000000-0000-4000-8000-000000000001", number: 100777, target: "first_response" }] },
    });
  });

  it("an agent opens the report, sees the alert and the charts, picks a month, reads its figures and downloads its CSV", async () => {
    const agent = await signedIn(browser, server.url, "agentti@demo.reskontra.fi");
    await agent.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Asiakastuki" }).click();
    await agent.getByRole("link", { name: "Raportit" }).click();
    await agent.getByRole("heading", { name: "Asiakastuen kuukausiraportti" }).waitFor();
    expect(await agent.getByLabel("Kuukausi").inputValue()).toBe(month);
    await expect.poll(() => agent.getByTestId("sla-alerts").textContent()).toContain("#100777 ensivastaus");

    // This month's report comes with its charts: SVG images with a name and a description of their figures.
    await agent.getByRole("img", { name: "Pyynnöt ja puhelut aiheittain" }).waitFor();
    await agent.getByRole("img", { name: "Vasteajat arkitunteina" }).waitFor();

    await agent.getByLabel("Kuukausi").fill(PAST);
    await expect.poll(() => agent.getByText("Ajalta 1.11.2021–30.11.2021").count()).toBe(1);
    const invoicesRow = agent.getByTestId("report-by-category-invoices");
    await expect.poll(() => invoicesRow.textContent()).toBe("Laskutus ja lähetys03");
    expect(await agent.getByTestId("report-by-line-invoices").textContent()).toBe("Laskutuksen asiakaspalvelu3");
    const chart = agent.getByRole("img", { name: "Pyynnöt ja puhelut aiheittain" });
    expect(await chart.getAttribute("aria-describedby")).toBeTruthy();
    expect(await agent.getByTestId("report-chart-categories").locator("svg rect").count()).toBe(10);
    const description = await agent.getByTestId("report-chart-categories").locator("desc").textContent();
    expect(description).toContain("Laskutus ja lähetys: Pyynnöt 0, Puhelut 3");

    const [download] = await Promise.all([
      agent.waitForEvent("download"),
      agent.getByRole("button", { name: "Lataa CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`asiakastuki-raportti-${PAST}.csv`);
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
