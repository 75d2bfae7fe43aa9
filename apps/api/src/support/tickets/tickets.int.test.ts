import {
  auditLog,
  invoices,
  supportAttachments,
  supportTicketIdentifiers,
  supportTicketMessages,
  supportTickets,
  voucherEvents,
} from "@reskontra/db";
import { lineForCategory, ticketVoucherErrorReports } from "@reskontra/usecases/support";
import { and, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../../auth/tokens";
import { buildServer, type ApiServer } from "../../http/server";
import { createHarness, expectRefusal, type Harness } from "../../testing";

const VILLE = "ville.virtanen@demo.reskontra.fi";
const AINO = "aino.aalto@demo.reskontra.fi";
const ADMIN = "paakayttaja@demo.reskontra.fi";
const AGENT = "agentti@demo.reskontra.fi";
const OLLI = "jarjestaja@demo.reskontra.fi";
// A fictional identity code, valid by the DVV algorithm (individual number in the 900s).
const HETU = "010101A9992";
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

type Caller = Awaited<ReturnType<Harness["as"]>>;

describe("the requester's side of the support desk", () => {
  let h: Harness;
  let app: ApiServer;
  let ville: Caller, aino: Caller, admin: Caller, agent: Caller, olli: Caller;
  let villeInvoice: { id: string; number: string };
  const org = () => h.demo.organizationIds;

  beforeAll(async () => {
    h = await createHarness();
    app = await buildServer({ deps: h.deps, cookieSecure: "false" });
    [ville, aino, admin, agent, olli] = await Promise.all([h.as(VILLE), h.as(AINO), h.as(ADMIN), h.as(AGENT), h.as(OLLI)]);
    const [row] = await h.deps.db
      .select({ id: invoices.id, number: invoices.invoiceNumber })
      .from(invoices)
      .where(and(eq(invoices.userId, h.demo.userIds[VILLE] ?? ""), isNotNull(invoices.invoiceNumber)))
      .limit(1);
    if (!row?.number) throw new Error("the demo has no numbered invoice of Ville's");
    villeInvoice = { id: row.id, number: row.number };
  });
  afterAll(async () => {
    await app?.close();
    await h?.dispose();
  });

  async function file(
    caller: Caller,
    organizationId: string,
    description: string,
    extra: { sendWithoutIdentifier?: boolean } = {},
  ) {
    return caller.support.tickets.create({
      organizationId,
      subject: "Lasku ei mennyt perille",
      description,
      category: "invoices",
      ...extra,
    });
  }

  it("checks the form as it is typed: the numbers recognised and linked, the checklist's gaps", async () => {
    const checked = await ville.support.tickets.checkText({
      subject: "Laskutus",
      description: `Lasku ${villeInvoice.number} ei mennyt perille asiakkaalle, vaikka lähetin sen eilen verkkolaskuna.`,
      attachmentCount: 0,
    });
    expect(checked.identifiers).toMatchObject([
      { kind: "invoice_number", value: villeInvoice.number, link: { type: "invoice", id: villeInvoice.id } },
    ]);
    expect(checked.flagBeforeSend).toBe(false);
    expect(checked.missing.map((m) => m.item)).toEqual(["attachment"]);
    const vague = await ville.support.tickets.checkText({ subject: "", description: "ei toimi", attachmentCount: 1 });
    expect(vague.flagBeforeSend).toBe(true);
    expect(vague.missing.map((m) => m.code)).toEqual(["TICKET_DESCRIPTION_TOO_VAGUE", "TICKET_IDENTIFIER_MISSING"]);
  });

  it("files a request with the identity code masked, never returned, and one audit row", async () => {
    const created = await file(
      ville,
      org().virtanen,
      `Laskun ${villeInvoice.number} asiakkaan hetu ${HETU} näkyy väärin laskulla.`,
    );
    expect(created.number).toBeGreaterThanOrEqual(100001);
    const [stored] = await h.deps.db.select().from(supportTickets).where(eq(supportTickets.id, created.id));
    expect(stored).toMatchObject({ channel: "web", status: "new", organizationId: org().virtanen, sentWithoutIdentifier: false });
    expect(stored?.description).not.toContain(HETU);
    const shown = await ville.support.tickets.get({ ticketId: created.id });
    expect(JSON.stringify(shown)).not.toContain(HETU);
    expect(shown.messages[0]?.body).toContain("******-****");
    const audit = await h.deps.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit.map((a) => a.action)).toEqual(["support.ticket.created"]);
  });

  it("refuses a request without any number until the requester confirms, then marks it", async () => {
    const text = "Ohjelma kaatuu aina, kun yritän avata asetukset-sivun selaimessa, enkä pääse eteenpäin.";
    const refusal = await expectRefusal(file(ville, org().virtanen, text), "BAD_REQUEST", "TICKET_IDENTIFIER_NOT_CONFIRMED");
    expect(refusal.data.field).toBe("description");
    const sent = await file(ville, org().virtanen, text, { sendWithoutIdentifier: true });
    const [stored] = await h.deps.db.select().from(supportTickets).where(eq(supportTickets.id, sent.id));
    expect(stored?.sentWithoutIdentifier).toBe(true);
  });

  it("files only for an organization the caller belongs to", async () => {
    await expectRefusal(file(aino, org().virtanen, `Lasku ${villeInvoice.number} on väärin`), "FORBIDDEN", "TENANT_FORBIDDEN");
  });

  it("links a number only to what the viewer may open: never another tenant's invoice", async () => {
    const own = await file(ville, org().virtanen, `Lasku ${villeInvoice.number} ja palveluseteli PS-2026-0002 eivät täsmää.`);
    const foreign = await file(aino, org().aalto, `Lasku ${villeInvoice.number} ja palveluseteli PS-2026-0002 eivät täsmää.`);
    const linksOf = (t: Awaited<ReturnType<Caller["support"]["tickets"]["get"]>>) =>
      t.messages[0]?.identifiers.map((i) => [i.kind, i.value, i.link?.type ?? null]);

    const villeSees = await ville.support.tickets.get({ ticketId: own.id });
    expect(linksOf(villeSees)).toEqual([
      ["invoice_number", villeInvoice.number, "invoice"],
      ["voucher_number", "PS-2026-0002", "voucher_client"],
    ]);
    expect(villeSees.messages[0]?.identifiers[0]?.link?.id).toBe(villeInvoice.id);

    const ainoSees = await aino.support.tickets.get({ ticketId: foreign.id });
    expect(linksOf(ainoSees)).toEqual([
      ["invoice_number", villeInvoice.number, null],
      ["voucher_number", "PS-2026-0002", null],
    ]);
    // The agent opens the invoice from Aino's ticket; the voucher client is no agent's page.
    expect(linksOf(await agent.support.tickets.get({ ticketId: foreign.id }))?.[0]).toEqual([
      "invoice_number",
      villeInvoice.number,
      "invoice",
    ]);
    // The county sees its own client behind the voucher number.
    const checked = await olli.support.tickets.checkText({ subject: "", description: "seteli PS-2026-0002", attachmentCount: 0 });
    expect(checked.identifiers[0]?.link?.type).toBe("organizer_client");
    const stored = await h.deps.db.select().from(supportTicketIdentifiers).where(eq(supportTicketIdentifiers.ticketId, own.id));
    expect(stored.map((s) => s.kind).sort()).toEqual(["invoice_number", "voucher_number"]);
  });

  it("lists own requests; the company admin also the organization's; no one another tenant's", async () => {
    const created = await file(ville, org().virtanen, `Lasku ${villeInvoice.number} maksettu kahdesti.`);
    const mine = await ville.support.tickets.list({});
    expect(mine.some((t) => t.id === created.id && t.mine)).toBe(true);
    expect((await admin.support.tickets.list({})).some((t) => t.id === created.id)).toBe(false);
    const orgs = await admin.support.tickets.list({ scope: "organization" });
    expect(orgs.find((t) => t.id === created.id)).toMatchObject({ mine: false, requesterName: "Ville Virtanen" });
    expect((await aino.support.tickets.list({ scope: "organization" })).some((t) => t.id === created.id)).toBe(false);
    await expectRefusal(aino.support.tickets.get({ ticketId: created.id }), "NOT_FOUND", "TICKET_NOT_FOUND");
    await expectRefusal(aino.support.tickets.reply({ ticketId: created.id, body: "Hei" }), "NOT_FOUND", "TICKET_NOT_FOUND");
    expect((await admin.support.tickets.get({ ticketId: created.id })).canReply).toBe(true);
  });

  it("hides the agents' internal notes; a reply reopens a resolved request; a closed one asks for a new one", async () => {
    const created = await file(ville, org().virtanen, `Lasku ${villeInvoice.number} ei näy listassa.`);
    await h.deps.db.insert(supportTicketMessages).values({
      ticketId: created.id,
      kind: "note",
      authorUserId: h.demo.userIds[AGENT],
      body: "Sisäinen: tarkista lähetysjono",
      createdAt: new Date(h.now.value.getTime() + 60_000),
    });
    const seen = await ville.support.tickets.get({ ticketId: created.id });
    expect(seen.messages.map((m) => m.kind)).toEqual(["customer"]);
    expect((await agent.support.tickets.get({ ticketId: created.id })).messages.map((m) => m.kind)).toEqual(["customer", "note"]);
    await expectRefusal(agent.support.tickets.reply({ ticketId: created.id, body: "Hei" }), "FORBIDDEN", "ROLE_FORBIDDEN");

    await ville.support.tickets.resolve({ ticketId: created.id });
    await expectRefusal(ville.support.tickets.resolve({ ticketId: created.id }), "CONFLICT", "TICKET_ALREADY_RESOLVED");
    // Fifteen days after resolving, a reply would start a new request instead; within 14 it reopens.
    const resolvedAt = h.now.value;
    h.now.value = new Date(resolvedAt.getTime() + 15 * 86_400_000);
    expect(await ville.support.tickets.get({ ticketId: created.id })).toMatchObject({
      canReply: false,
      replyStartsNewTicket: true,
    });
    h.now.value = resolvedAt;
    await ville.support.tickets.reply({ ticketId: created.id, body: "Sama ongelma palasi." });
    expect((await ville.support.tickets.get({ ticketId: created.id })).status).toBe("open");

    await h.deps.db.update(supportTickets).set({ status: "closed" }).where(eq(supportTickets.id, created.id));
    await expectRefusal(
      ville.support.tickets.reply({ ticketId: created.id, body: "Vielä" }),
      "CONFLICT",
      "TICKET_CLOSED_START_NEW",
    );
  });

  describe("attachments over HTTP", () => {
    const cookie = async (email: string) => `${SESSION_COOKIE}=${await h.signIn(email)}`;
    const upload = async (email: string, ticketId: string, messageId: string, body: Uint8Array, name = "kuva.png") =>
      app.inject({
        method: "POST",
        url: `/files/support/tickets/${ticketId}/messages/${messageId}/attachments?name=${encodeURIComponent(name)}`,
        headers: { cookie: await cookie(email), "content-type": "application/octet-stream" },
        payload: Buffer.from(body),
      });

    it("stores a screenshot by its bytes and serves it only to those who see the ticket", async () => {
      const created = await file(ville, org().virtanen, `Lasku ${villeInvoice.number}: kuvakaappaus virheestä liitteenä.`);
      const uploaded = await upload(VILLE, created.id, created.messageId, PNG, `näyttö ${HETU}.txt`);
      expect(uploaded.statusCode).toBe(201);
      const saved = uploaded.json<{ id: string; fileName: string; contentType: string }>();
      // The name said text, the bytes say PNG; the identity code in the name is masked.
      expect(saved.contentType).toBe("image/png");
      expect(saved.fileName).not.toContain(HETU);
      const shown = await ville.support.tickets.get({ ticketId: created.id });
      expect(shown.messages[0]?.attachments).toEqual([expect.objectContaining({ id: saved.id, contentType: "image/png" })]);

      const download = async (email: string) =>
        app.inject({ method: "GET", url: `/files/support/attachments/${saved.id}`, headers: { cookie: await cookie(email) } });
      const own = await download(VILLE);
      expect(own.statusCode).toBe(200);
      expect(own.headers["content-type"]).toBe("image/png");
      expect(own.headers["x-content-type-options"]).toBe("nosniff");
      expect(String(own.headers["content-disposition"])).toMatch(/^attachment;/);
      expect(new Uint8Array(own.rawPayload)).toEqual(PNG);
      expect((await download(ADMIN)).statusCode).toBe(200);
      expect((await download(AGENT)).statusCode).toBe(200);
      // Another tenant: refused, as if the file did not exist; without a session: asked to sign in.
      const foreign = await download(AINO);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json()).toMatchObject({ error: { code: "ATTACHMENT_NOT_FOUND" } });
      expect((await app.inject({ method: "GET", url: `/files/support/attachments/${saved.id}` })).statusCode).toBe(401);
      expect((await upload(AINO, created.id, created.messageId, PNG)).statusCode).toBe(404);
      const audit = await h.deps.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
      expect(audit.map((a) => a.action)).toContain("support.ticket.attachment_added");
    });

    it("refuses a web page named like a picture, a file over 10 MB and a sixth file, in words", async () => {
      const created = await file(ville, org().virtanen, `Lasku ${villeInvoice.number}: liitteet.`);
      const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
      const page = await upload(VILLE, created.id, created.messageId, html, "kuva.png");
      expect(page.statusCode).toBe(400);
      expect(page.json()).toMatchObject({ error: { code: "ATTACHMENT_TYPE_NOT_ALLOWED", field: "file" } });
      expect(page.json<{ error: { message: string } }>().error.message).toContain("PNG");
      const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41);
      const tooBig = await upload(VILLE, created.id, created.messageId, big, "iso.txt");
      expect(tooBig.statusCode).toBe(413);
      expect(tooBig.json()).toMatchObject({ error: { code: "ATTACHMENT_TOO_LARGE" } });
      for (let i = 0; i < 5; i += 1) expect((await upload(VILLE, created.id, created.messageId, PNG)).statusCode).toBe(201);
      const sixth = await upload(VILLE, created.id, created.messageId, PNG);
      expect(sixth.json()).toMatchObject({ error: { code: "ATTACHMENT_TOO_MANY" } });
      const stored = await h.deps.db.select().from(supportAttachments).where(eq(supportAttachments.ticketId, created.id));
      expect(stored).toHaveLength(5);
    });
  });

  it("turns a voucher error report into one ticket in the service vouchers queue, however often the job runs", async () => {
    const [paid] = await h.deps.db
      .select({ id: voucherEvents.id })
      .from(voucherEvents)
      .where(and(eq(voucherEvents.providerId, org().virtanen), eq(voucherEvents.state, "paid")))
      .limit(1);
    if (!paid) throw new Error("the demo has no paid voucher event");
    const report = await ville.vouchers.provider.reportError({
      organizationId: org().virtanen,
      eventId: paid.id,
      message: "Käynti kirjattiin väärälle päivälle, oikea päivä oli 16.4.",
    });
    const [first, second] = [await ticketVoucherErrorReports(h.deps), await ticketVoucherErrorReports(h.deps)];
    expect(first.created).toBeGreaterThanOrEqual(1);
    expect(second.created).toBe(0);
    const tickets = await h.deps.db.select().from(supportTickets).where(eq(supportTickets.voucherErrorReportId, report.id));
    expect(tickets).toHaveLength(1);
    const vouchersLine = await h.deps.db.transaction((tx) => lineForCategory(tx, "vouchers"));
    expect(tickets[0]).toMatchObject({
      category: "vouchers",
      channel: "voucher_report",
      lineId: vouchersLine,
      organizationId: org().virtanen,
      requesterUserId: h.demo.userIds[VILLE],
    });
    const shown = await ville.support.tickets.get({ ticketId: tickets[0]?.id ?? "" });
    expect(shown.fromVoucherErrorReport).toBe(true);
    // The paid event is from 2022: its client is past the provider's three-year visibility, so unlinked.
    expect(shown.messages[0]?.identifiers.find((i) => i.kind === "voucher_number")).toMatchObject({
      value: "PS-2022-0099",
      link: null,
    });
  });
});
