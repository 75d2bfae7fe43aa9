import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import {
  supportLineMembers,
  supportLines,
  supportMailboxes,
  supportSavedReplies,
  supportThirdParties,
  supportThirdPartyTopics,
  users,
  type Db,
} from "@reskontra/db";
import { DEMO_PHONES } from "./demo-people";
import type { SeededDemo } from "./seed-demo";
import { seedDemoSuggestions } from "../support/suggestions/seed";
import { seedDemoSupportTickets } from "./seed-support-tickets";

/** The demo PBX's shared secret per line; only its digest is stored. Development only. */
export const DEMO_CTI_SECRET = "demo-cti-salaisuus";

/**
 * The operator's support set-up: the two lines of DESIGN.md §4 with numbers and hours, the mailboxes
 * that become tickets, the third parties questions are routed to, and a few saved replies.
 * Idempotent, keyed by line code, address and name.
 */
export const DEMO_SUPPORT_LINES = [
  {
    code: "software",
    nameFi: "Ohjelmistotuki",
    nameEn: "Software support",
    phoneNumber: "+358912345670",
    openMinute: 8 * 60,
    closeMinute: 16 * 60,
    defaultCategory: "technical",
  },
  {
    code: "invoices",
    nameFi: "Laskutuksen asiakaspalvelu",
    nameEn: "Invoicing customer service",
    phoneNumber: "+358912345671",
    openMinute: 10 * 60,
    closeMinute: 15 * 60,
    defaultCategory: "invoices",
  },
] as const;

export const DEMO_MAILBOXES = [
  { address: "asiakaspalvelu@reskontra.fi", line: "invoices" },
  { address: "info@reskontra.fi", line: "software" },
] as const;

export const DEMO_THIRD_PARTIES = [
  {
    name: "Pagero Oy (verkkolaskuoperaattori)",
    kind: "einvoice_operator",
    phone: "+358207435100",
    email: "support.fi@pagero.com",
    website: "https://www.pagero.com",
    instructionsFi: "Pidä verkkolaskun numero ja lähetyspäivä saatavilla.",
    instructionsEn: "Have the e-invoice number and the sending date at hand.",
    topics: [
      {
        titleFi: "Myyntilasku ei ole mennyt perille asiakkaalle",
        titleEn: "A sales invoice has not reached the customer",
        keywords: [
          "verkkolasku",
          "e-lasku",
          "finvoice",
          "ei mennyt perille",
          "ei ole tullut",
          "einvoice",
          "e-invoice",
          "not received",
        ],
        category: "invoices",
      },
      {
        titleFi: "Missä on toimittajan operaattorille sähköpostittama ostolasku",
        titleEn: "Where is a purchase invoice a supplier e-mailed to the operator",
        keywords: ["ostolasku", "skannaus", "purchase invoice", "operaattori", "operator"],
        category: "invoices",
      },
    ],
  },
  {
    name: "Nordea Pankki Suomi Oyj",
    kind: "bank",
    phone: "+358200 3000",
    email: null,
    website: "https://www.nordea.fi",
    instructionsFi: "Tilisiirtojen ja tiliotteiden kysymykset kuuluvat pankille.",
    instructionsEn: "Questions on transfers and bank statements belong to the bank.",
    topics: [
      {
        titleFi: "Maksu ei näy tiliotteella",
        titleEn: "A payment does not show on the bank statement",
        keywords: ["tiliote", "tilisiirto", "pankki", "bank statement", "transfer"],
        category: "invoices",
      },
    ],
  },
  {
    name: "Tulostuspalvelu Posti Messaging",
    kind: "print_service",
    phone: "+358200 77000",
    email: "messaging@posti.com",
    website: "https://www.posti.fi",
    instructionsFi: "Paperilaskun tulostus ja jakelu.",
    instructionsEn: "Printing and delivery of paper invoices.",
    topics: [
      {
        titleFi: "Paperilasku ei ole saapunut",
        titleEn: "A paper invoice has not arrived",
        keywords: ["paperilasku", "kirje", "posti", "paper invoice", "letter"],
        category: "invoices",
      },
    ],
  },
] as const;

const SAVED_REPLIES = [
  {
    title: "Tarvitsemme laskun numeron",
    body: "Hei,\n\nkiitos viestistäsi. Jotta voimme selvittää asian, lähetäthän laskun numeron (esim. 1001021) tai viitenumeron.\n\nYstävällisin terveisin\nReskontra asiakastuki",
  },
  {
    title: "Lasku lähetetty uudelleen",
    body: "Hei,\n\nlähetimme laskun uudelleen vastaanottajalle. Kerrothan, jos se ei vielä tänään näy perillä.\n\nYstävällisin terveisin\nReskontra asiakastuki",
  },
] as const;

export async function seedDemoSupport(db: Db, demo: SeededDemo, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const lineIds: Record<string, string> = {};
    const ctiSecretHash = createHash("sha256").update(DEMO_CTI_SECRET).digest("hex");
    for (const line of DEMO_SUPPORT_LINES) {
      const [row] = await tx
        .insert(supportLines)
        .values({ ...line, ctiSecretHash })
        .onConflictDoUpdate({
          target: supportLines.code,
          set: {
            phoneNumber: line.phoneNumber,
            openMinute: line.openMinute,
            closeMinute: line.closeMinute,
            // The migration made the lines without a secret; a secret an operator has set stays.
            ctiSecretHash: sql`coalesce(${supportLines.ctiSecretHash}, excluded.cti_secret_hash)`,
          },
        })
        .returning({ id: supportLines.id });
      if (!row) throw new Error(`could not seed line ${line.code}`);
      lineIds[line.code] = row.id;
    }
    for (const mailbox of DEMO_MAILBOXES) {
      const lineId = lineIds[mailbox.line];
      if (lineId) await tx.insert(supportMailboxes).values({ address: mailbox.address, lineId }).onConflictDoNothing();
    }
    const agentId = demo.userIds["agentti@demo.reskontra.fi"];
    if (agentId) {
      for (const lineId of Object.values(lineIds)) {
        await tx.insert(supportLineMembers).values({ lineId, userId: agentId }).onConflictDoNothing();
      }
    }
    for (const party of DEMO_THIRD_PARTIES) {
      const [existing] = await tx
        .select({ id: supportThirdParties.id })
        .from(supportThirdParties)
        .where(eq(supportThirdParties.name, party.name));
      if (existing) continue;
      const { topics, ...fields } = party;
      const [row] = await tx.insert(supportThirdParties).values(fields).returning({ id: supportThirdParties.id });
      if (!row) throw new Error(`could not seed ${party.name}`);
      await tx
        .insert(supportThirdPartyTopics)
        .values(topics.map((t) => ({ ...t, keywords: [...t.keywords], thirdPartyId: row.id })));
    }
    const [{ replies } = { replies: 0 }] = await tx.select({ replies: sql<number>`count(*)::int` }).from(supportSavedReplies);
    if (replies === 0)
      await tx.insert(supportSavedReplies).values(SAVED_REPLIES.map((r) => ({ ...r, createdBy: agentId ?? null })));
    for (const [email, phone] of Object.entries(DEMO_PHONES)) {
      const id = demo.userIds[email];
      if (id) await tx.update(users).set({ phone }).where(eq(users.id, id));
    }
  });
  await seedDemoSuggestions(db, demo);
  await seedDemoSupportTickets(db, demo, now);
}
