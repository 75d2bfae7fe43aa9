import { readFile } from "node:fs/promises";
import { helsinkiToday, nextBusinessDay } from "@reskontra/domain";
import { createMailer } from "@reskontra/mail";
import { beforeAll, describe, expect, it } from "vitest";
import { readCaughtMail, type TestServer } from "../src/testing";
import { hasChromium, signedIn } from "./browser";
import { e2eServerAndBrowser } from "./fixture";
import { numberedInvoiceOf, SCREENSHOT_PNG } from "./support-fixtures";

// The support desk across its rooms, as issue 11 walks it: a request filed on the web with an
// invoice number and a screenshot, answered by mail both ways, a call and a callback, resolved;
// then a development suggestion voted on and moved on the monthly board.

const VILLE = "ville.virtanen@demo.reskontra.fi";
const AGENT = "agentti@demo.reskontra.fi";
const SUPPORT = "asiakaspalvelu@reskontra.fi";
const SUBJECT = "Laskun verkkolasku ei mennyt perille";

/** One header of a caught .eml file (unfolded), or null. */
async function header(file: string, name: string): Promise<string | null> {
  const raw = (await readFile(file, "utf8")).split(/\r?\n\r?\n/)[0] ?? "";
  const match = new RegExp(`^${name}:[ \\t]*((?:.*)(?:\\r?\\n[ \\t].*)*)`, "im").exec(raw);
  return match?.[1] ? match[1].replace(/\r?\n[ \t]+/g, " ").trim() : null;
}

async function mailTo(server: TestServer, address: string) {
  return (await readCaughtMail(server.mailDir)).filter((m) => m.to.includes(address));
}

describe.skipIf(!hasChromium)("the support desk end to end in Chromium", () => {
  const { server, browser } = e2eServerAndBrowser();
  let invoice: { id: string; number: string };
  beforeAll(async () => {
    invoice = await numberedInvoiceOf(server, VILLE);
  });

  it("a request goes from the web form through mail, a call and a callback to resolved; a suggestion is voted and moved", async () => {
    // 1. Ville files a request naming his invoice, with a screenshot; the number is a link to it.
    const ville = await signedIn(browser, server.url, VILLE, "/support/tickets");
    await ville.getByRole("link", { name: "Uusi tukipyyntö" }).click();
    await ville.getByLabel("Aihe", { exact: true }).fill(SUBJECT);
    await ville
      .getByLabel("Kuvaus", { exact: true })
      .fill(`Asiakas ei ole saanut laskua ${invoice.number}, vaikka lähetin sen eilen verkkolaskuna.`);
    await ville.locator(".ticket-recognised").getByRole("link", { name: invoice.number }).waitFor();
    await ville.getByLabel("Liitteet").setInputFiles({ name: "kuvakaappaus.png", mimeType: "image/png", buffer: SCREENSHOT_PNG });
    await ville.getByText("kuvakaappaus.png").waitFor();
    await ville.getByRole("button", { name: "Lähetä tukipyyntö" }).click();
    await ville.waitForURL(/\/support\/tickets\/[0-9a-f-]{36}$/);
    const heading = ville.getByRole("heading", { name: /Tukipyyntö #\d+/ });
    await heading.waitFor();
    const number = Number(/#(\d+)/.exec((await heading.textContent()) ?? "")?.[1]);
    expect(number).toBeGreaterThan(0);
    const first = ville.getByTestId("ticket-message").first();
    expect(await first.getByTestId("ticket-attachment").textContent()).toBe("kuvakaappaus.png");
    await first.getByRole("link", { name: invoice.number }).click();
    await ville.waitForURL(`${server.url}/invoices/${invoice.id}`);
    await ville.getByText(invoice.number).first().waitFor();

    // 2. The agent finds it in the work queue and replies; the reply reaches Ville by mail.
    const agent = await signedIn(browser, server.url, AGENT, "/support/workspace");
    const row = agent.getByTestId(`ws-row-${number}`);
    await row.waitFor();
    expect(await row.textContent()).toContain("Ville Virtanen");
    await row.getByRole("link", { name: `#${number}` }).click();
    await agent.getByRole("heading", { name: `Pyyntö #${number}: ${SUBJECT}` }).waitFor();
    expect(await agent.getByTestId("ws-thread").textContent()).toContain("kuvakaappaus.png");
    await agent.getByRole("button", { name: "Vastaus asiakkaalle" }).click();
    await agent.getByLabel("Vastaus asiakkaalle").fill("Tarkistimme operaattorilta: lasku lähetetään uudelleen tänään.");
    await agent.getByLabel("Tila vastauksen jälkeen").selectOption({ label: "Odottaa asiakasta" });
    await agent.getByRole("button", { name: "Lähetä vastaus" }).click();
    await agent.getByText("Vastaus lähetetty sähköpostilla.").waitFor();
    await expect.poll(async () => (await mailTo(server, VILLE)).length, { timeout: 30_000, interval: 250 }).toBe(1);
    const [reply] = await mailTo(server, VILLE);
    if (!reply) throw new Error("no reply mail");
    expect(reply.to).toEqual([VILLE]);
    expect(reply.subject).toBe(`Re: [#${number}] ${SUBJECT}`);
    expect(reply.text).toContain("lasku lähetetään uudelleen tänään");
    expect(reply.messageId).toMatch(/^<mail-[0-9a-f-]+@reskontra>$/);
    expect(await header(reply.file, "Reply-To")).toContain(SUPPORT);

    // Ville answers from his mail program: only In-Reply-To ties the answer to the request.
    const mailer = createMailer(server.smtpUrl);
    try {
      await mailer.send({
        from: VILLE,
        to: SUPPORT,
        subject: "Re: laskuasia",
        text: "Kiitos! Asiakas sai laskun nyt perille.",
        messageId: "<e2e-ville-vastaus@asiakas.example>",
        inReplyTo: reply.messageId ?? "",
        references: reply.messageId ?? "",
      });
    } finally {
      mailer.close();
    }
    const thread = agent.getByTestId("ws-thread");
    await expect
      .poll(
        async () => {
          await agent.reload();
          await thread.waitFor();
          return thread.textContent();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toContain("Asiakas sai laskun nyt perille.");

    // The agent's next reply continues the same mail thread.
    await agent.getByRole("button", { name: "Vastaus asiakkaalle" }).click();
    await agent.getByLabel("Vastaus asiakkaalle").fill("Hienoa, soitamme vielä varmistukseksi.");
    await agent.getByRole("button", { name: "Lähetä vastaus" }).click();
    await agent.getByText("Vastaus lähetetty sähköpostilla.").waitFor();
    await expect.poll(async () => (await mailTo(server, VILLE)).length, { timeout: 30_000, interval: 250 }).toBe(2);
    const second = (await mailTo(server, VILLE))[1];
    if (!second) throw new Error("no second reply mail");
    expect(second.subject).toBe(`Re: [#${number}] ${SUBJECT}`);
    expect(await header(second.file, "In-Reply-To")).toBe("<e2e-ville-vastaus@asiakas.example>");
    const references = (await header(second.file, "References")) ?? "";
    expect(references).toContain(reply.messageId ?? "?");
    expect(references).toContain("<e2e-ville-vastaus@asiakas.example>");

    // 3. A call on the request, a callback promised for the next business day at 10.00, resolved.
    const panel = agent.getByTestId("call-panel");
    await panel.locator("summary", { hasText: /^Kirjaa puhelu$/ }).click();
    const logForm = panel.getByRole("form", { name: "Kirjaa puhelu" });
    await logForm.getByLabel("Soittajan numero").fill("040 123 4567");
    await logForm.getByLabel("Kesto (min)").fill("4");
    await logForm.getByLabel("Yhteenveto").fill("Asiakas vahvisti puhelimessa, että lasku on perillä.");
    await logForm.getByRole("button", { name: "Tallenna puhelu" }).click();
    await expect.poll(() => logForm.getByRole("status").textContent()).toContain(`Puhelu kirjattu tukipyyntöön #${number}.`);
    await expect.poll(() => panel.textContent()).toContain("4 min 00 s");

    // The test runs on the real clock: the next business day (weekends and holidays skipped) at
    // 10.00 in Helsinki is inside both lines' hours (8–16 and 10–15) and never in the past.
    const day = nextBusinessDay(helsinkiToday(new Date()));
    await panel.locator("summary", { hasText: "Lupaa soitto takaisin" }).click();
    const callbackForm = panel.getByRole("form", { name: "Lupaa soitto takaisin" });
    await expect.poll(() => callbackForm.getByLabel("Puhelinnumero").inputValue()).toBe("+358401234567");
    await callbackForm.getByLabel("Päivä").fill(day);
    await callbackForm.getByLabel("Kellonaika").fill("10.00");
    await callbackForm.getByRole("button", { name: "Lupaa soitto" }).click();
    await expect.poll(() => callbackForm.getByRole("status").textContent()).toContain("Soittopyyntö luotu.");
    const [y, m, d] = day.split("-").map(Number);
    const callback = panel.getByTestId("callback-+358401234567");
    await expect.poll(() => callback.textContent()).toContain(`${d}.${m}.${y} klo 10.00`);

    await agent.getByLabel("Tila", { exact: true }).selectOption({ label: "Ratkaistu" });
    await expect.poll(() => agent.getByTestId("ws-history").textContent()).toContain("→ Ratkaistu");
    const history = (await agent.getByTestId("ws-history").textContent()) ?? "";
    for (const step of ["Pyyntö saapui", "Liite lisättiin", "Vastaus lähetettiin", "Tila muuttui"])
      expect(history).toContain(step);
    expect(history).not.toContain("support.ticket.");
    await ville.goto(`${server.url}/support/tickets`);
    await ville.getByRole("link", { name: SUBJECT }).waitFor();

    // 4. Ville suggests, Aino votes, the product team moves it on this month's board.
    await ville.goto(`${server.url}/support/suggestions/new`);
    await ville.getByLabel("Otsikko").fill("Verkkolaskun toimitustila laskulle");
    await ville.getByLabel("Kuvaus").fill("Laskun sivulle näkyviin, onko operaattori vastaanottanut verkkolaskun.");
    await ville.getByLabel("Hyöty").fill("Ei tarvitse soittaa asiakaspalveluun kysymään laskun perillemenoa");
    await ville.getByLabel("Nykyinen hankaluus").fill("Nyt tilaa ei näe mistään");
    await ville.getByRole("button", { name: "Lähetä ehdotus" }).click();
    const sent = ville.getByTestId("suggestion-sent");
    await sent.waitFor();
    const suggestion = /#(\d+)/.exec((await sent.textContent()) ?? "")?.[1];
    expect(suggestion).toBeDefined();

    const aino = await signedIn(browser, server.url, "aino.aalto@demo.reskontra.fi", "/support/suggestions");
    const item = aino.getByTestId(`suggestion-${suggestion}`);
    await item.getByRole("button", { name: "Äänestä" }).click();
    await expect.poll(() => item.getByTestId("vote-count").textContent()).toBe("1 ääni");

    const product = await signedIn(browser, server.url, "tuote@demo.reskontra.fi", "/support/suggestions/board");
    const card = product.getByTestId("column-new").getByTestId(`board-${suggestion}`);
    await card.waitFor();
    expect(await card.textContent()).toContain("1 ääni");
    await card.getByRole("button", { name: "Siirrä…" }).click();
    const dialog = product.getByRole("dialog", { name: `Siirrä ehdotus #${suggestion}` });
    await dialog.getByLabel("Uusi tila").selectOption({ label: "Arvioitavana" });
    await dialog.getByLabel("Perustelu").fill("Otetaan joulukuun katselmukseen");
    await dialog.getByRole("button", { name: "Siirrä" }).click();
    await product.getByTestId("column-under_review").getByTestId(`board-${suggestion}`).waitFor();
    expect(await product.getByTestId("column-new").getByTestId(`board-${suggestion}`).count()).toBe(0);
  });
});
