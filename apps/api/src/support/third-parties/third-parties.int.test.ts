import {
  auditLog,
  dispatches,
  invoices,
  outgoingMails,
  supportAttachments,
  supportThirdParties,
  supportTicketEvents,
  supportTicketMessages,
  supportTickets,
} from "@reskontra/db";
import { createTicket } from "@reskontra/usecases/support";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectRefusal, type Harness } from "../../testing";

const AGENT = "agentti@demo.reskontra.fi";
const VILLE = "ville.virtanen@demo.reskontra.fi";
const AINO = "aino.aalto@demo.reskontra.fi";
const ADMIN = "paakayttaja@demo.reskontra.fi";
/** Ville's demo invoice to Rakennus Oy, delivered as a Finvoice e-invoice (seed-reminders.ts). */
const EINVOICE = "1001029002";
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe("third parties: directory, triage and forwarding", () => {
  let h: Harness;
  let agent: Awaited<ReturnType<Harness["as"]>>;
  let ville: Awaited<ReturnType<Harness["as"]>>;
  beforeAll(async () => {
    h = await createHarness();
    agent = await h.as(AGENT);
    ville = await h.as(VILLE);
  });
  afterAll(() => h.dispose());

  let mails = 0;
  async function villeFiles(subject: string, description: string, attach = false) {
    mails += 1;
    const villeId = h.demo.userIds[VILLE] ?? "";
    return h.deps.db.transaction((tx) =>
      createTicket(tx, {
        organizationId: h.demo.organizationIds.virtanen,
        requesterUserId: villeId,
        requesterEmail: VILLE,
        requesterName: "Ville Virtanen",
        channel: "email",
        subject,
        description,
        category: "invoices",
        actorUserId: villeId,
        mailMessageId: `<tp${mails}@asiakas.example>`,
        attachments: attach ? [{ fileName: "kuvakaappaus.png", bytes: PNG, contentType: "image/png" }] : [],
        now: h.now.value,
      }),
    );
  }
  const pagero = async () =>
    (await h.deps.db.select().from(supportThirdParties)).find((p) => p.name.startsWith("Pagero")) ?? { id: "", email: "" };

  it("suggests the e-invoice operator for an e-invoice dispatch question, with the words and the failed dispatch as reasons", async () => {
    const [invoice] = await h.deps.db.select().from(invoices).where(eq(invoices.invoiceNumber, EINVOICE));
    expect(invoice?.deliveryMethod).toBe("einvoice");
    await h.deps.db.insert(dispatches).values({
      invoiceId: invoice?.id ?? "",
      documentKind: "invoice",
      channel: "einvoice",
      idempotencyKey: `tp-test:${EINVOICE}`,
      status: "failed",
      lastError: "operator refused",
    });
    const { id } = await villeFiles("Lasku ei mennyt perille", `Lasku ${EINVOICE} ei ole mennyt perille verkkolaskuna.`);
    const answer = await agent.support.thirdParties.suggestForTicket({ ticketId: id });
    if (answer.view !== "agent") throw new Error("an agent gets the agent's view");
    const [top] = answer.suggestions;
    expect(top?.thirdParty.name).toMatch(/^Pagero/);
    expect(top?.topic?.titleFi).toBe("Myyntilasku ei ole mennyt perille asiakkaalle");
    expect(top?.reasons).toEqual(
      expect.arrayContaining([
        { kind: "keyword", topicId: top?.topic?.id, keyword: "verkkolasku", matched: "verkkolaskuna" },
        { kind: "invoice_delivery", invoiceNumber: EINVOICE, deliveryMethod: "einvoice", dispatchStatus: "failed" },
      ]),
    );
    expect(answer.ticket).toMatchObject({ status: "new", forwardedTo: null });

    // The requester sees the direct contact of the top match, nothing of the ranking.
    const mine = await ville.support.thirdParties.suggestForTicket({ ticketId: id });
    expect(mine).toEqual({
      view: "requester",
      contact: {
        name: "Pagero Oy (verkkolaskuoperaattori)",
        kind: "einvoice_operator",
        phone: "+358207435100",
        email: "support.fi@pagero.com",
        website: "https://www.pagero.com",
        instructions: "Pidä verkkolaskun numero ja lähetyspäivä saatavilla.",
        topicTitle: "Myyntilasku ei ole mennyt perille asiakkaalle",
        forwarded: false,
      },
    });
    // The company admin of Ville's organization sees it too.
    const admin = await h.as(ADMIN);
    expect((await admin.support.thirdParties.suggestForTicket({ ticketId: id })).view).toBe("requester");
  });

  it("another organization's requester cannot see a ticket's suggestions, nor learn that it exists", async () => {
    const { id } = await villeFiles("Verkkolasku", "Verkkolasku ei ole mennyt perille asiakkaalle.");
    const aino = await h.as(AINO);
    await expectRefusal(
      aino.support.thirdParties.suggestForTicket({ ticketId: id }),
      "NOT_FOUND",
      "THIRD_PARTY_TICKET_NOT_FOUND",
    );
    await expectRefusal(
      aino.support.thirdParties.suggestForTicket({ ticketId: "00000000-0000-4000-8000-000000000000" }),
      "NOT_FOUND",
      "THIRD_PARTY_TICKET_NOT_FOUND",
    );
  });

  it("an agent forwards the ticket: the mail to the operator carries its attachments, threads onto the thread, and the ticket waits for the third party", async () => {
    const { id, number } = await villeFiles("Verkkolasku ei perillä", "Verkkolasku 1001021 ei ole mennyt perille.", true);
    const party = await pagero();
    h.now.value = new Date(h.now.value.getTime() + 60_000);
    const forwarded = await agent.support.thirdParties.forward({
      ticketId: id,
      thirdPartyId: party.id,
      note: "Tarkistaisitteko lähetyksen tilan?",
    });
    expect(forwarded).toMatchObject({ toAddress: "support.fi@pagero.com", attachmentCount: 1 });

    const [mail] = await h.deps.db.select().from(outgoingMails).where(eq(outgoingMails.id, forwarded.mailId));
    const files = await h.deps.db
      .select({ id: supportAttachments.id })
      .from(supportAttachments)
      .where(eq(supportAttachments.ticketId, id));
    expect(mail).toMatchObject({
      toAddress: "support.fi@pagero.com",
      subject: `VL: [#${number}] Verkkolasku ei perillä`,
      inReplyTo: `<tp${mails}@asiakas.example>`,
      references: `<tp${mails}@asiakas.example>`,
      attachmentIds: files.map((f) => f.id),
      status: "queued",
    });
    expect(mail?.body).toContain("Tarkistaisitteko lähetyksen tilan?");
    expect(mail?.body).toContain("Verkkolasku 1001021 ei ole mennyt perille.");

    const [ticket] = await h.deps.db.select().from(supportTickets).where(eq(supportTickets.id, id));
    expect(ticket).toMatchObject({ status: "waiting_third_party", thirdPartyId: party.id });
    const messages = await h.deps.db
      .select({ kind: supportTicketMessages.kind, outgoingMailId: supportTicketMessages.outgoingMailId })
      .from(supportTicketMessages)
      .where(eq(supportTicketMessages.ticketId, id))
      .orderBy(asc(supportTicketMessages.createdAt));
    expect(messages).toEqual([
      { kind: "customer", outgoingMailId: null },
      { kind: "forward", outgoingMailId: forwarded.mailId },
    ]);
    const history = await h.deps.db
      .select({ action: supportTicketEvents.action, status: supportTicketEvents.status })
      .from(supportTicketEvents)
      .where(eq(supportTicketEvents.ticketId, id))
      .orderBy(asc(supportTicketEvents.at));
    expect(history).toContainEqual({ action: "support.ticket.forwarded", status: "waiting_third_party" });
    const audit = await h.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, "support.ticket.forwarded")));
    expect(audit).toHaveLength(1);

    // The requester now sees whom it was forwarded to.
    const mine = await ville.support.thirdParties.suggestForTicket({ ticketId: id });
    expect(mine).toMatchObject({ view: "requester", contact: { name: "Pagero Oy (verkkolaskuoperaattori)", forwarded: true } });
  });

  it("a requester can neither forward nor edit the directory, nor read it", async () => {
    const { id } = await villeFiles("Verkkolasku", "Verkkolasku ei ole mennyt perille.");
    const party = await pagero();
    await expectRefusal(
      ville.support.thirdParties.forward({ ticketId: id, thirdPartyId: party.id, note: "" }),
      "FORBIDDEN",
      "ROLE_FORBIDDEN",
    );
    await expectRefusal(
      ville.support.thirdParties.create({ party: { name: "Oma operaattori", kind: "other" } }),
      "FORBIDDEN",
      "ROLE_FORBIDDEN",
    );
    await expectRefusal(ville.support.thirdParties.deactivate({ thirdPartyId: party.id }), "FORBIDDEN", "ROLE_FORBIDDEN");
    await expectRefusal(ville.support.thirdParties.list({}), "FORBIDDEN", "ROLE_FORBIDDEN");
    const [ticket] = await h.deps.db.select().from(supportTickets).where(eq(supportTickets.id, id));
    expect(ticket?.status).toBe("new");
  });

  it("refuses a bad phone, e-mail or web address at its field, in the caller's words", async () => {
    const phone = await expectRefusal(
      agent.support.thirdParties.create({ party: { name: "Maventa", kind: "einvoice_operator", phone: "soita meille" } }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(phone.data.fieldErrors["party.phone"]).toEqual([
      "Puhelinnumero on virheellinen: anna 6–15 numeroa, esim. +358 20 743 5100.",
    ]);
    const email = await expectRefusal(
      agent.support.thirdParties.create({ party: { name: "Maventa", kind: "einvoice_operator", email: "tuki(at)maventa.fi" } }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(email.data.field).toBe("party.email");
    expect(email.message).toContain("Sähköpostiosoite on virheellinen");
    const web = await expectRefusal(
      agent.support.thirdParties.create({
        party: { name: "Maventa", kind: "einvoice_operator", website: "javascript:alert(1)" },
      }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(web.data.field).toBe("party.website");
    const topic = await expectRefusal(
      agent.support.thirdParties.addTopic({
        thirdPartyId: (await pagero()).id,
        topic: { titleFi: "Tyhjä", titleEn: "Empty", keywords: [] },
      }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(topic.data.fieldErrors["topic.keywords"]).toEqual(["Anna aiheelle vähintään yksi hakusana."]);
  });

  it("an agent keeps the directory: create, topics, deactivate and reactivate, each audited; an inactive party is neither suggested nor forwarded to", async () => {
    const { id } = await agent.support.thirdParties.create({
      party: {
        name: "Maventa Oy",
        kind: "einvoice_operator",
        phone: "+358 9 1234 5678",
        email: "tuki@maventa.example",
        website: "https://maventa.example",
      },
    });
    const topic = await agent.support.thirdParties.addTopic({
      thirdPartyId: id,
      topic: {
        titleFi: "Vastaanotetut verkkolaskut",
        titleEn: "Received e-invoices",
        keywords: ["Maventa", " vastaanotto ", "maventa"],
        category: "invoices",
      },
    });
    let party = await agent.support.thirdParties.get({ thirdPartyId: id });
    expect(party.topics.map((t) => t.keywords)).toEqual([["maventa", "vastaanotto"]]);
    await agent.support.thirdParties.updateTopic({
      topicId: topic.id,
      topic: { titleFi: "Vastaanotetut verkkolaskut", titleEn: "Received e-invoices", keywords: ["maventa", "vastaanotettu"] },
    });
    party = await agent.support.thirdParties.get({ thirdPartyId: id });
    expect(party.topics[0]).toMatchObject({ keywords: ["maventa", "vastaanotettu"], category: null });

    const { id: ticketId } = await villeFiles("Maventalle lähetetty", "Maventan vastaanotettu lasku puuttuu.");
    const names = async () => {
      const a = await agent.support.thirdParties.suggestForTicket({ ticketId });
      return a.view === "agent" ? a.suggestions.map((s) => s.thirdParty.name) : [];
    };
    expect(await names()).toContain("Maventa Oy");

    await agent.support.thirdParties.deactivate({ thirdPartyId: id });
    expect(await names()).not.toContain("Maventa Oy");
    expect((await agent.support.thirdParties.list({})).map((p) => p.name)).not.toContain("Maventa Oy");
    expect((await agent.support.thirdParties.list({ includeInactive: true })).map((p) => p.name)).toContain("Maventa Oy");
    await expectRefusal(
      agent.support.thirdParties.forward({ ticketId, thirdPartyId: id, note: "" }),
      "CONFLICT",
      "THIRD_PARTY_INACTIVE",
    );
    await agent.support.thirdParties.reactivate({ thirdPartyId: id });
    await agent.support.thirdParties.removeTopic({ topicId: topic.id });
    expect((await agent.support.thirdParties.get({ thirdPartyId: id })).topics).toEqual([]);

    const actions = (await h.deps.db.select().from(auditLog).where(eq(auditLog.entityId, id))).map((a) => a.action).sort();
    expect(actions).toEqual(
      [
        "support.third_party.created",
        "support.third_party.topic_added",
        "support.third_party.topic_updated",
        "support.third_party.deactivated",
        "support.third_party.reactivated",
        "support.third_party.topic_removed",
      ].sort(),
    );
  });

  it("a party without an e-mail address cannot be forwarded to, and the refusal says why", async () => {
    const nordea = (await h.deps.db.select().from(supportThirdParties)).find((p) => p.name.startsWith("Nordea"));
    const { id } = await villeFiles("Tiliote", "Maksu ei näy tiliotteella.");
    const refusal = await expectRefusal(
      agent.support.thirdParties.forward({ ticketId: id, thirdPartyId: nordea?.id ?? "", note: "" }),
      "BAD_REQUEST",
      "THIRD_PARTY_NO_EMAIL",
      "en",
    );
    expect(refusal.data.field).toBe("thirdPartyId");
    expect(refusal.message).toContain("no e-mail address");
  });
});
