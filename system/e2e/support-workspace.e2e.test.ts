import { supportLines, supportTicketEvents, supportTicketMessages, supportTickets } from "@reskontra/db";
import { beforeAll, describe, expect, it } from "vitest";
import { readCaughtMail } from "../src/testing";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

const AGENT = "agentti@demo.reskontra.fi";
const VILLE = "ville.virtanen@demo.reskontra.fi";

describe.skipIf(!hasChromium)("the agents' workspace in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser();
  let number = 0;
  beforeAll(async () => {
    // A request Ville filed by mail an hour ago, as the mail room stores one: ticket, first message, history row.
    const db = server.database.db;
    const line = (await db.select({ id: supportLines.id, code: supportLines.code }).from(supportLines)).find(
      (l) => l.code === "invoices",
    );
    const at = new Date(Date.now() - 3_600_000);
    const [ticket] = await db
      .insert(supportTickets)
      .values({
        organizationId: server.demo.organizationIds.virtanen,
        requesterUserId: server.demo.userIds[VILLE] ?? null,
        requesterEmail: VILLE,
        requesterName: "Ville Virtanen",
        channel: "email",
        subject: "Laskuni ei mennyt perille",
        description: "Lähetin laskun 1001021 verkkolaskuna, mutta asiakas ei ole saanut sitä.",
        category: "invoices",
        lineId: line?.id ?? "",
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: supportTickets.id, number: supportTickets.number });
    if (!ticket) throw new Error("no ticket");
    number = ticket.number;
    await db.insert(supportTicketMessages).values({
      ticketId: ticket.id,
      kind: "customer",
      authorUserId: server.demo.userIds[VILLE] ?? null,
      authorEmail: VILLE,
      body: "Lähetin laskun 1001021 verkkolaskuna, mutta asiakas ei ole saanut sitä.",
      mailMessageId: "<e2e-1@asiakas.example>",
      createdAt: at,
    });
    await db.insert(supportTicketEvents).values({ ticketId: ticket.id, at, action: "support.ticket.created", status: "new" });
  });

  it("an agent finds a request by an inflected word, notes, replies with a saved reply by mail and resolves it", async () => {
    const agent = await signedIn(browser, server.url, AGENT, "/support/workspace");
    await agent.getByRole("searchbox", { name: "Haku" }).fill("laskujani");
    await agent.getByRole("button", { name: "Hae" }).click();
    const row = agent.getByTestId(`ws-row-${number}`);
    await row.waitFor();
    const rowText = (await row.textContent()) ?? "";
    expect(rowText).toContain("Ville Virtanen");
    expect(rowText).toContain("Uusi");
    expect(rowText).toMatch(/Ensivastaus/);
    await row.getByRole("link", { name: `#${number}` }).click();
    await agent.getByRole("heading", { name: `Pyyntö #${number}: Laskuni ei mennyt perille` }).waitFor();

    // An internal note stays on the ticket, for agents only.
    await agent.getByRole("button", { name: "Sisäinen muistiinpano" }).click();
    await agent.getByLabel("Sisäinen muistiinpano").fill("Operaattori kuittasi laskun vastaanotetuksi.");
    await agent.getByRole("button", { name: "Tallenna muistiinpano" }).click();
    await agent.getByText("Muistiinpano tallennettu.").waitFor();
    await agent.getByTestId("ws-thread").getByText("Operaattori kuittasi laskun vastaanotetuksi.").waitFor();

    // A saved reply goes into the text, is sent by mail and leaves the request waiting for the customer.
    await agent.getByRole("button", { name: "Vastaus asiakkaalle" }).click();
    await agent.getByLabel("Valmisvastaus").selectOption({ label: "Lasku lähetetty uudelleen" });
    expect(await agent.getByLabel("Vastaus asiakkaalle").inputValue()).toContain("lähetimme laskun uudelleen");
    await agent.getByLabel("Tila vastauksen jälkeen").selectOption({ label: "Odottaa asiakasta" });
    await agent.getByRole("button", { name: "Lähetä vastaus" }).click();
    await agent.getByText("Vastaus lähetetty sähköpostilla.").waitFor();
    await expect.poll(() => agent.getByLabel("Tila", { exact: true }).inputValue()).toBe("waiting_customer");
    expect(await agent.getByTestId("ws-sla-first").textContent()).toMatch(/täytetty/);
    await expect
      .poll(async () => (await readCaughtMail(server.mailDir)).filter((m) => m.to.includes(VILLE)).length, {
        timeout: 30_000,
        interval: 250,
      })
      .toBe(1);
    const [mail] = (await readCaughtMail(server.mailDir)).filter((m) => m.to.includes(VILLE));
    expect(mail?.subject).toBe(`Re: [#${number}] Laskuni ei mennyt perille`);

    // Resolved: the status, and every step in the history.
    await agent.getByLabel("Tila", { exact: true }).selectOption({ label: "Ratkaistu" });
    await expect.poll(() => agent.getByTestId("ws-history").textContent()).toContain("→ Ratkaistu");
    const history = (await agent.getByTestId("ws-history").textContent()) ?? "";
    for (const step of ["Pyyntö saapui", "Muistiinpano lisättiin", "Vastaus lähetettiin", "Tila muuttui"])
      expect(history).toContain(step);
    expect(await agent.getByTestId("ws-sla-resolution").textContent()).toMatch(/täytetty/);
  });
});
