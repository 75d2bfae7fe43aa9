import { supportSuggestionVotes, supportSuggestions, type Db } from "@reskontra/db";
import type { SuggestionStatus, TicketCategory } from "@reskontra/domain";
import { eq, sql } from "drizzle-orm";
import type { SeededDemo } from "../../seed/seed-demo";

/**
 * A few development suggestions of November 2026 for the demo's product team to review. Their
 * numbers are fixed and below the ticket sequence (which starts at 100001), so seeding them takes no
 * ticket number and running it again adds nothing.
 */
const DEMO_SUGGESTIONS: {
  number: number;
  by: string;
  organization: keyof SeededDemo["organizationIds"];
  title: string;
  description: string;
  benefit: string;
  currentDifficulty: string;
  category: TicketCategory;
  status: SuggestionStatus;
  decisionNote: string | null;
  voters: string[];
  createdAt: string;
}[] = [
  {
    number: 1001,
    by: "ville.virtanen@demo.reskontra.fi",
    organization: "virtanen",
    title: "Laskujen tuonti Excel-tiedostosta",
    description:
      "Haluaisin tuoda kuukauden siivouslaskut kerralla Excel- tai CSV-tiedostosta sen sijaan, että teen jokaisen käsin.",
    benefit: "Kuukauden laskutus vie tunnin sijasta viisi minuuttia.",
    currentDifficulty: "Nyt jokainen 30 laskusta kirjoitetaan lomakkeelle erikseen.",
    category: "invoices",
    status: "planned",
    decisionNote: "Suunniteltu kevään 2027 versioon.",
    voters: ["aino.aalto@demo.reskontra.fi", "paakayttaja@demo.reskontra.fi"],
    createdAt: "2026-11-04T08:15:00Z",
  },
  {
    number: 1002,
    by: "aino.aalto@demo.reskontra.fi",
    organization: "aalto",
    title: "Maksumuistutuksen esikatselu ennen lähetystä",
    description: "Muistutuksen voisi nähdä PDF-muodossa ennen kuin se lähtee asiakkaalle, samalla tavalla kuin laskun.",
    benefit: "Virheelliset muistutukset jäisivät lähettämättä.",
    currentDifficulty: "Muistutuksen sisällön näkee vasta, kun asiakas on sen jo saanut.",
    category: "reminders",
    status: "under_review",
    decisionNote: "Marraskuun katselmuksessa.",
    voters: ["ville.virtanen@demo.reskontra.fi"],
    createdAt: "2026-11-12T10:40:00Z",
  },
  {
    number: 1003,
    by: "jarjestaja@demo.reskontra.fi",
    organization: "pirkanmaa",
    title: "Tekstiviestimuistutus palvelusetelin asiakkaalle",
    description: "Asiakas saisi tekstiviestin päivää ennen palvelutapahtumaa, jossa on palveluntuottajan nimi ja kellonaika.",
    benefit: "Vähemmän peruuntuneita käyntejä.",
    currentDifficulty: "Palveluntuottajat soittavat asiakkaille itse.",
    category: "vouchers",
    status: "new",
    decisionNote: null,
    voters: [],
    createdAt: "2026-11-20T13:05:00Z",
  },
];

export async function seedDemoSuggestions(db: Db, demo: SeededDemo): Promise<void> {
  await db.transaction(async (tx) => {
    for (const { by, organization, voters, createdAt, ...s } of DEMO_SUGGESTIONS) {
      const submittedBy = demo.userIds[by];
      if (!submittedBy) continue;
      const at = new Date(createdAt);
      const [row] = await tx
        .insert(supportSuggestions)
        .values({
          ...s,
          submittedBy,
          organizationId: demo.organizationIds[organization],
          reviewMonth: "2026-11",
          createdAt: at,
          updatedAt: at,
        })
        .onConflictDoNothing({ target: supportSuggestions.number })
        .returning({ id: supportSuggestions.id });
      if (!row) continue;
      const voterIds = voters.flatMap((email) => demo.userIds[email] ?? []);
      if (voterIds.length > 0)
        await tx
          .insert(supportSuggestionVotes)
          .values(voterIds.map((userId) => ({ suggestionId: row.id, userId, createdAt: at })))
          .onConflictDoNothing();
      await tx
        .update(supportSuggestions)
        .set({
          voteCount: sql`(select count(*)::int from ${supportSuggestionVotes} where ${supportSuggestionVotes.suggestionId} = ${row.id})`,
        })
        .where(eq(supportSuggestions.id, row.id));
    }
  });
}
