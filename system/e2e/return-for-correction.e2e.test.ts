import { readCaughtMail } from "../src/testing";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

const USER = "ville.virtanen@demo.reskontra.fi";
const AGENT = "agentti@demo.reskontra.fi";

/** A tRPC call (superjson's { json } envelope) with the signed-in page's own session cookie. */
async function call<T>(page: Page, url: string, procedure: string, input: unknown, method: "GET" | "POST"): Promise<T> {
  const body = JSON.stringify({ json: input });
  const response =
    method === "GET"
      ? await page.request.get(`${url}/trpc/${procedure}?input=${encodeURIComponent(body)}`)
      : await page.request.post(`${url}/trpc/${procedure}`, { data: body, headers: { "Content-Type": "application/json" } });
  expect(response.status(), `${procedure}: ${await response.text()}`).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

describe.skipIf(!hasChromium)("return for correction in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser();

  it("the agent's questions reach the user by e-mail once, and the mail's link opens the invoice with them", async () => {
    // The user has an invoice waiting in the unsent queue (submitted through the api the web uses).
    const user = await signedIn(browser, server.url, USER);
    const organizationId = server.demo.organizationIds.virtanen;
    const customers = await call<{ id: string; name: string }[]>(user, server.url, "customers.list", { organizationId }, "GET");
    const maija = customers.find((c) => c.name === "Maija Meikäläinen");
    const draft = await call<{ id: string }>(
      user,
      server.url,
      "invoices.create",
      {
        organizationId,
        customerId: maija?.id,
        issueDate: new Date().toISOString().slice(0, 10),
        paymentTermsDays: 14,
        deliveryMethod: "email",
        rows: [{ description: "Kotisiivous", quantity: 2.5, unit: "h", unitPriceCents: 4000, vatRatePercent: 25.5 }],
      },
      "POST",
    );
    const { invoiceNumber } = await call<{ invoiceNumber: string }>(
      user,
      server.url,
      "invoices.submit",
      { invoiceId: draft.id },
      "POST",
    );

    // The agent returns it from the unsent queue with two questions.
    const agent = await signedIn(browser, server.url, AGENT, "/invoices/unsent");
    const row = agent.getByTestId(`unsent-row-${invoiceNumber}`);
    await row.getByRole("button", { name: "Palauta korjattavaksi" }).click();
    await agent.getByLabel("Kysymys laskuttajalle").fill("Onko tuntimäärä oikein?\nPuuttuuko laskulta toimituspäivä?");
    await agent.getByRole("button", { name: "Palauta", exact: true }).click();
    await agent.getByText(`Lasku ${invoiceNumber} palautettiin korjattavaksi.`).waitFor();

    // The worker sends the user one mail with the questions and a link to the invoice.
    const toUser = async () =>
      (await readCaughtMail(server.mailDir)).filter((m) => m.to.includes(USER) && m.subject.includes(invoiceNumber));
    await expect.poll(async () => (await toUser()).length, { timeout: 30_000, interval: 250 }).toBe(1);
    const [mail] = await toUser();
    expect(mail?.subject).toBe(`Asiakaspalvelu palautti laskun ${invoiceNumber} korjattavaksi`);
    expect(mail?.text).toContain("Onko tuntimäärä oikein?\nPuuttuuko laskulta toimituspäivä?");
    const link = /https?:\/\/\S+\/invoices\/[0-9a-f-]{36}/.exec(mail?.text ?? "")?.[0] ?? "";
    expect(link).toMatch(new RegExp(`/invoices/${draft.id}$`));

    // The link's path opens the invoice, marked for correction, with the questions in its conversation.
    await user.goto(`${server.url}${new URL(link).pathname}`);
    await user.getByText("Onko tuntimäärä oikein?", { exact: false }).waitFor();
    expect(await user.getByTestId("invoice-status").textContent()).toBe("Korjattava");
    // Still one mail a moment later: the job does not send it again.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await toUser()).toHaveLength(1);
  });
});
