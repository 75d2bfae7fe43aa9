import { outgoingMails, supportCallbacks, supportCalls, supportLines, supportTickets, type Db, type DbOrTx } from "@reskontra/db";
import {
  checkCallbackTime,
  decideStatusChange,
  isLineOpen,
  nextLineOpening,
  type TicketCategory,
  type TicketChannel,
  type TicketPriority,
  type TicketStatus,
} from "@reskontra/domain";
import { addTicketMessage, createTicket, recordTicketChange } from "@reskontra/usecases/support";
import { and, eq, inArray } from "drizzle-orm";
import { DEMO_PEOPLE, DEMO_PHONES, type DemoOrganizationKey } from "./demo-people";
import type { SeededDemo } from "./seed-demo";

const HOUR = 60 * 60 * 1000;
const AGENT = "agentti@demo.reskontra.fi";

type DemoStep =
  | { kind: "reply" | "note" | "customer"; hoursAgo: number; body: string }
  | { kind: "status"; hoursAgo: number; status: TicketStatus }
  | { kind: "call"; hoursAgo: number; line: "software" | "invoices"; minutes: number; summary: string }
  | { kind: "callback"; hoursAgo: number; line: "software" | "invoices"; note: string };

type DemoTicket = {
  by: string;
  organization: DemoOrganizationKey;
  channel: TicketChannel;
  category: TicketCategory;
  priority: TicketPriority;
  subject: string;
  description: string;
  hoursAgo: number;
  assigned: boolean;
  steps: DemoStep[];
};

/**
 * Requests the demo users have filed, at hours before the seed's clock, so the agent's queues, the
 * phone page, the report and each requester's "my requests" have something to show: every status
 * but closed, web, mail and phone, invoice numbers of Ville's demo invoices (seed-reminders.ts) that
 * link, a logged call and a callback still to make. Messages go through the support use cases.
 */
const DEMO_TICKETS: DemoTicket[] = [
  {
    by: "ville.virtanen@demo.reskontra.fi",
    organization: "virtanen",
    channel: "web",
    category: "invoices",
    priority: "normal",
    subject: "Lasku 1001029004 näyttää väärää eräpäivää",
    description:
      "Hei, lähetin Maija Meikäläiselle laskun 1001029004 kotisiivouksesta. Asiakas sanoo, että hänen laskussaan on eri eräpäivä kuin sovelluksessa. Kumpi on oikein?",
    hoursAgo: 28,
    assigned: true,
    steps: [
      {
        kind: "note",
        hoursAgo: 27,
        body: "Tarkistettu: laskun PDF ja tietokannan eräpäivä ovat samat (15.11.2026). Asiakkaalla voi olla vanha versio.",
      },
      {
        kind: "reply",
        hoursAgo: 26,
        body: "Hei Ville,\n\nlaskun 1001029004 eräpäivä on 15.11.2026 sekä sovelluksessa että laskun PDF:ssä. Pyydäthän asiakasta tarkistamaan, onko hänellä sama laskun versio.\n\nYstävällisin terveisin\nAnna / Reskontra asiakastuki",
      },
      { kind: "status", hoursAgo: 26, status: "waiting_customer" },
      {
        kind: "customer",
        hoursAgo: 3,
        body: "Kiitos! Asiakkaalla oli tosiaan vanha luonnos. Voitteko vielä kertoa, miten lasken viivästyskoron?",
      },
    ],
  },
  {
    by: "ville.virtanen@demo.reskontra.fi",
    organization: "virtanen",
    channel: "web",
    category: "invoices",
    priority: "high",
    subject: "Verkkolasku 1001029002 ei ole mennyt perille",
    description:
      "Rakennus Oy Esimerkki ilmoitti, ettei verkkolasku 1001029002 ole tullut heidän järjestelmäänsä. Lasku näkyy meillä lähetettynä. Asiakasnumero 2.",
    hoursAgo: 22,
    assigned: true,
    steps: [
      {
        kind: "note",
        hoursAgo: 21,
        body: "Verkkolaskuoperaattorin lokissa lasku on välitetty. Kysytty Pagerolta, onko vastaanottajan osoite voimassa.",
      },
      {
        kind: "reply",
        hoursAgo: 21,
        body: "Hei,\n\nlasku on lähtenyt meiltä operaattorille. Olemme pyytäneet verkkolaskuoperaattoria selvittämään, miksi se ei näy vastaanottajalla. Palaamme asiaan heti, kun saamme vastauksen.\n\nYstävällisin terveisin\nReskontra asiakastuki",
      },
      { kind: "status", hoursAgo: 21, status: "waiting_third_party" },
    ],
  },
  {
    by: "aino.aalto@demo.reskontra.fi",
    organization: "aalto",
    channel: "email",
    category: "reminders",
    priority: "normal",
    subject: "Maksumuistutus lähti, vaikka asiakas oli jo maksanut",
    description:
      "Hei, Kahvila Kulma (asiakasnumero A-1) sai eilen maksumuistutuksen, vaikka he maksoivat laskun jo viime viikolla. Miten tämä on mahdollista ja miten peruutan muistutuksen?\n\nTerveisin Aino Aalto",
    hoursAgo: 4,
    assigned: false,
    steps: [],
  },
  {
    by: "paakayttaja@demo.reskontra.fi",
    organization: "virtanen",
    channel: "phone",
    category: "accounts",
    priority: "normal",
    subject: "Uuden työntekijän käyttäjätunnus",
    description:
      "Kaisa Kallio soitti: yritykseen on tullut uusi siivooja, joka tarvitsee tunnukset laskujen katseluun mutta ei lähettämiseen.",
    hoursAgo: 6,
    assigned: true,
    steps: [
      {
        kind: "call",
        hoursAgo: 6,
        line: "software",
        minutes: 7,
        summary: "Käyttäjätunnus uudelle työntekijälle, vain lukuoikeus. Pyydetty nimi ja sähköpostiosoite viestillä.",
      },
      {
        kind: "reply",
        hoursAgo: 5.5,
        body: "Hei Kaisa,\n\nkiitos puhelusta. Lähetäthän uuden työntekijän nimen ja sähköpostiosoitteen, niin lisäämme hänelle lukuoikeuden.\n\nYstävällisin terveisin\nAnna / Reskontra asiakastuki",
      },
      { kind: "status", hoursAgo: 5.5, status: "waiting_customer" },
    ],
  },
  {
    by: "jarjestaja@demo.reskontra.fi",
    organization: "pirkanmaa",
    channel: "web",
    category: "vouchers",
    priority: "high",
    subject: "Palvelusetelin tuntiarvo näkyy väärin palveluntuottajalle",
    description:
      "Kotihoidon palvelusetelin tuntiarvo on päätöksessä 32 €, mutta palveluntuottaja näkee sovelluksessa 30 €. Koskee ainakin kahta asiakasta. Pyydämme korjausta ennen kuun laskutusta.",
    hoursAgo: 50,
    assigned: false,
    steps: [],
  },
  {
    by: "ville.virtanen@demo.reskontra.fi",
    organization: "virtanen",
    channel: "phone",
    category: "technical",
    priority: "normal",
    subject: "Laskun PDF ei aukea puhelimessa",
    description: "Ville soitti: asiakkaalle lähetetyn laskun PDF ei aukea iPhonen sähköpostissa.",
    hoursAgo: 48,
    assigned: true,
    steps: [
      {
        kind: "call",
        hoursAgo: 48,
        line: "software",
        minutes: 4,
        summary: "PDF ei aukea iPhonessa. Neuvottu lataamaan liite ja avaamaan Tiedostot-sovelluksessa.",
      },
      {
        kind: "reply",
        hoursAgo: 47,
        body: "Hei Ville,\n\nkuten puhelimessa sovimme: tallenna liite ja avaa se Tiedostot-sovelluksella. Jos se ei vieläkään aukea, vastaa tähän viestiin.\n\nYstävällisin terveisin\nAnna / Reskontra asiakastuki",
      },
      { kind: "status", hoursAgo: 24, status: "resolved" },
    ],
  },
  {
    by: "aino.aalto@demo.reskontra.fi",
    organization: "aalto",
    channel: "web",
    category: "invoices",
    priority: "normal",
    subject: "ALV-kanta laskurivillä",
    description:
      "Mitä ALV-kantaa käytän graafisen suunnittelun laskulla yritysasiakkaalle, ja voinko muuttaa sen jo tehtyyn laskuluonnokseen? Soittakaa mieluummin, puhelinnumero on profiilissa.",
    hoursAgo: 2,
    assigned: true,
    steps: [{ kind: "callback", hoursAgo: 1.5, line: "invoices", note: "Aino toivoi soittoa ALV-kannasta." }],
  },
];

/** Demo tickets are keyed by requester and subject: seeding again finds them and adds nothing. */
export async function seedDemoSupportTickets(db: Db, demo: SeededDemo, now: Date): Promise<void> {
  const agentId = demo.userIds[AGENT];
  if (!agentId) return;
  await db.transaction(async (tx) => {
    const lines = await tx
      .select()
      .from(supportLines)
      .where(inArray(supportLines.code, ["software", "invoices"]));
    const lineOf = (code: string) => {
      const line = lines.find((l) => l.code === code);
      if (!line) throw new Error(`demo line ${code} is missing`);
      return line;
    };
    for (const t of DEMO_TICKETS) {
      const requesterId = demo.userIds[t.by];
      if (!requesterId) continue;
      const [existing] = await tx
        .select({ id: supportTickets.id })
        .from(supportTickets)
        .where(and(eq(supportTickets.requesterUserId, requesterId), eq(supportTickets.subject, t.subject)));
      if (existing) continue;
      const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR);
      const filed = at(t.hoursAgo);
      const ticket = await createTicket(tx, {
        organizationId: demo.organizationIds[t.organization],
        requesterUserId: requesterId,
        requesterEmail: t.by,
        requesterName: DEMO_PEOPLE.find((p) => p.email === t.by)?.name ?? null,
        channel: t.channel,
        subject: t.subject,
        description: t.description,
        category: t.category,
        priority: t.priority,
        actorUserId: t.channel === "phone" ? agentId : t.channel === "email" ? null : requesterId,
        mailMessageId: t.channel === "email" ? `<demo-${filed.getTime()}@demo.reskontra.fi>` : null,
        now: filed,
      });
      const base = { ticketId: ticket.id, organizationId: demo.organizationIds[t.organization], actorUserId: agentId };
      if (t.assigned) {
        await tx.update(supportTickets).set({ assigneeUserId: agentId }).where(eq(supportTickets.id, ticket.id));
        await recordTicketChange(tx, {
          ...base,
          action: "support.ticket.assigned",
          before: { assigneeUserId: null },
          after: { assigneeUserId: agentId },
          at: filed,
        });
      }
      for (const step of t.steps)
        await applyStep(tx, { ...base, requesterId, requesterEmail: t.by }, step, at(step.hoursAgo), lineOf);
    }
  });
}

type StepTicket = { ticketId: string; organizationId: string; actorUserId: string; requesterId: string; requesterEmail: string };
type Line = typeof supportLines.$inferSelect;

async function applyStep(tx: DbOrTx, ticket: StepTicket, step: DemoStep, at: Date, lineOf: (code: string) => Line) {
  const { requesterId, requesterEmail: _email, ...base } = ticket;
  if ("body" in step) {
    const byCustomer = step.kind === "customer";
    const added = await addTicketMessage(tx, {
      ticketId: ticket.ticketId,
      kind: step.kind,
      authorUserId: byCustomer ? requesterId : ticket.actorUserId,
      authorEmail: null,
      body: step.body,
      now: at,
    });
    // The demo's past replies were mailed then: they are history, not mail for the outbox to send now.
    if (added.mailIds.length > 0)
      await tx.update(outgoingMails).set({ status: "sent", sentAt: at }).where(inArray(outgoingMails.id, added.mailIds));
    return;
  }
  if (step.kind === "status") {
    const [current] = await tx.select().from(supportTickets).where(eq(supportTickets.id, ticket.ticketId));
    if (!current) throw new Error("demo ticket vanished");
    const decision = decideStatusChange(current, step.status, at);
    if (!decision.ok || !decision.changed) throw new Error(`demo status ${step.status} refused`);
    await tx
      .update(supportTickets)
      .set({ status: decision.status, resolvedAt: decision.resolvedAt, closedAt: decision.closedAt })
      .where(eq(supportTickets.id, ticket.ticketId));
    await recordTicketChange(tx, {
      ...base,
      action: "support.ticket.status_changed",
      status: decision.status,
      before: { status: current.status },
      after: { status: decision.status },
      at,
    });
    return;
  }
  const line = lineOf(step.line);
  const phone = DEMO_PHONES[ticket.requesterEmail];
  if (!phone) throw new Error(`demo requester ${ticket.requesterEmail} has no phone number`);
  if (step.kind === "call") {
    const startedAt = new Date(at.getTime() - step.minutes * 60_000);
    const [call] = await tx
      .insert(supportCalls)
      .values({
        lineId: line.id,
        ticketId: ticket.ticketId,
        direction: "inbound",
        callerNumber: phone,
        calledNumber: line.phoneNumber,
        callerUserId: requesterId,
        callerOrganizationId: ticket.organizationId,
        agentUserId: ticket.actorUserId,
        startedAt,
        answeredAt: startedAt,
        endedAt: at,
        durationSeconds: step.minutes * 60,
        summary: step.summary,
        createdAt: at,
      })
      .returning();
    if (!call) throw new Error("demo call insert returned nothing");
    await recordTicketChange(tx, {
      ...base,
      action: "support.ticket.call_logged",
      after: { callId: call.id, lineId: line.id, direction: call.direction, durationSeconds: call.durationSeconds },
      at,
    });
    return;
  }
  // A callback promised for the line's next open hour after the seed's clock, so it waits in the queue.
  const hours = { openMinute: line.openMinute, closeMinute: line.closeMinute };
  const soon = new Date(at.getTime() + 2 * HOUR);
  const promisedAt = isLineOpen(hours, soon) ? soon : nextLineOpening(hours, soon);
  promisedAt.setUTCSeconds(0, 0);
  const verdict = checkCallbackTime(hours, promisedAt, at);
  if (!verdict.ok) throw new Error(`demo callback time refused: ${verdict.code}`);
  const [callback] = await tx
    .insert(supportCallbacks)
    .values({
      lineId: line.id,
      ticketId: ticket.ticketId,
      phoneNumber: phone,
      contactName: null,
      promisedAt,
      assigneeUserId: ticket.actorUserId,
      createdBy: ticket.actorUserId,
      note: step.note,
      createdAt: at,
    })
    .returning();
  if (!callback) throw new Error("demo callback insert returned nothing");
  await recordTicketChange(tx, {
    ...base,
    action: "support.ticket.callback_promised",
    after: { callbackId: callback.id, lineId: line.id, promisedAt: promisedAt.toISOString(), assigneeUserId: ticket.actorUserId },
    at,
  });
}
