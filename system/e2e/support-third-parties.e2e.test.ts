import { supportAttachments, supportLines, supportTicketMessages, supportTickets } from "@reskontra/db";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readCaughtMail, type TestServer } from "../src/testing";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";

const AGENT = "agentti@demo.reskontra.fi";
const VILLE = "ville.virtanen@demo.reskontra.fi";
const PAGERO = "Pagero Oy (verkkolaskuoperaattori)";
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/**
 * Ville's request as the tickets room files it (ticket, first message, screenshot). The filing form
 * is that room's test; this one starts where triage does.
 */
async function villesRequest(server: TestServer): Promise<{ number: number }> {
  const db = server.database.db;
  const line = (await db.select().from(supportLines)).find((l) => l.code === "invoices");
  const villeId = server.demo.userIds[VILLE] ?? null;
  const description = "Lasku 1001029002 ei ole mennyt perille verkkolaskuna, vaikka lähetin sen maanantaina.";
  const [ticket] = await db
    .insert(supportTickets)
    .values({
      organizationId: server.demo.organizationIds.virtanen,
      requesterUserId: villeId,
      requesterEmail: VILLE,
      requesterName: "Ville Virtanen",
      channel: "web",
      subject: "Verkkolasku ei mennyt perille",
      description,
      category: "invoices",
      lineId: line?.id ?? "",
    })
    .returning({ id: supportTickets.id, number: supportTickets.number });
  if (!ticket) throw new Error("no ticket");
  const [message] = await db
    .insert(supportTicketMessages)
    .values({ ticketId: ticket.id, kind: "customer", authorUserId: villeId, body: description })
    .returning({ id: supportTicketMessages.id });
  await db.insert(supportAttachments).values({
    ticketId: ticket.id,
    messageId: message?.id ?? null,
    fileName: "kuvakaappaus.png",
    contentType: "image/png",
    sizeBytes: PNG.length,
    sha256: createHash("sha256").update(PNG).digest("hex"),
    content: PNG,
    uploadedBy: villeId,
  });
  return { number: ticket.number };
}

describe.skipIf(!hasChromium)("support third parties in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser();

  it("an agent adds a topic to Pagero in the directory, triages a request to Pagero and forwards it by mail", async () => {
    const { number } = await villesRequest(server);
    const agent = await signedIn(browser, server.url, AGENT);
    await agent.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Asiakastuki" }).click();
    await agent.getByRole("link", { name: "Kolmannet osapuolet" }).click();
    await agent.getByRole("link", { name: PAGERO }).click();
    await agent.getByRole("heading", { name: PAGERO }).waitFor();

    // A topic without keywords is refused at the field; with them it is added.
    await agent.getByLabel("Aihe suomeksi").last().fill("Verkkolasku palautui hylättynä");
    await agent.getByLabel("Aihe englanniksi").last().fill("An e-invoice was rejected");
    await agent.getByRole("button", { name: "Lisää aihe" }).click();
    await expect.poll(() => agent.getByRole("alert").first().textContent()).toContain("vähintään yksi hakusana");
    await agent.getByLabel("Hakusanat pilkulla erotettuina").last().fill("hylätty, palautunut, Hylätty");
    await agent.getByRole("button", { name: "Lisää aihe" }).click();
    const topic = agent.getByTestId("topic-Verkkolasku palautui hylättynä");
    await topic.waitFor();
    expect(await topic.textContent()).toContain("hylätty, palautunut");

    // Triage by the ticket's number: Pagero first, with the words that said so; forwarded with a note.
    await agent.getByRole("link", { name: "Takaisin hakemistoon" }).click();
    await agent.getByLabel("Tukipyynnön numero").fill(String(number));
    await agent.getByRole("button", { name: "Avaa triage" }).click();
    const suggestion = agent.getByTestId(`suggestion-${PAGERO}`);
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toContain("Pyynnössä lukee ”verkkolasku” (hakusana ”verkkolasku”)");
    await suggestion.getByLabel("Saate kolmannelle osapuolelle").fill("Tarkistaisitteko lähetyksen tilan?");
    expect(await suggestion.textContent()).toContain("Pyynnön liitteet (1) lähtevät mukana.");
    await suggestion.getByRole("button", { name: `Välitä: ${PAGERO}` }).click();
    await expect
      .poll(() => suggestion.getByRole("status").first().textContent())
      .toContain("Välitetty osoitteeseen support.fi@pagero.com, liitteitä 1.");
    await expect.poll(() => agent.getByTestId("triage-ticket-status").textContent()).toBe("Odottaa kolmatta osapuolta");

    // The worker sends the forward to Pagero, threaded by the ticket number in the subject.
    await expect
      .poll(async () => (await readCaughtMail(server.mailDir)).filter((m) => m.to.includes("support.fi@pagero.com")), {
        timeout: 60_000,
      })
      .toHaveLength(1);
    const [mail] = (await readCaughtMail(server.mailDir)).filter((m) => m.to.includes("support.fi@pagero.com"));
    expect(mail?.subject).toBe(`VL: [#${number}] Verkkolasku ei mennyt perille`);
    expect(mail?.text).toContain("Tarkistaisitteko lähetyksen tilan?");
  });
});
