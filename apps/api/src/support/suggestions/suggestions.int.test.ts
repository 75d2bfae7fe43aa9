import { auditLog, supportAttachments, supportSuggestionVotes, supportSuggestions } from "@reskontra/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectRefusal, type Harness } from "../../testing";
import { seedDemoSuggestions } from "./seed";

// Development suggestions: filing, votes, the product team's decisions and merges, and who sees whom.
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString("base64");

const idea = {
  title: "Tänään erääntyvät laskut",
  description: "Laskulistaan suodatin, joka näyttää vain tänään erääntyvät laskut yhdellä napsautuksella.",
  benefit: "Säästää kymmenen minuuttia joka aamu",
  currentDifficulty: "Nyt laskut pitää lajitella käsin eräpäivän mukaan",
  category: "invoices" as const,
};

describe("development suggestions", () => {
  let h: Harness;
  type Caller = Awaited<ReturnType<Harness["as"]>>;
  let ville: Caller, aino: Caller, admin: Caller, agent: Caller, product: Caller;
  beforeAll(async () => {
    h = await createHarness();
    [ville, aino, admin, agent, product] = await Promise.all([
      h.as("ville.virtanen@demo.reskontra.fi"),
      h.as("aino.aalto@demo.reskontra.fi"),
      h.as("paakayttaja@demo.reskontra.fi"),
      h.as("agentti@demo.reskontra.fi"),
      h.as("tuote@demo.reskontra.fi"),
    ]);
  });
  afterAll(() => h.dispose());

  const userId = (email: string) => h.demo.userIds[email] ?? "";

  it("a signed-in person files a suggestion with its checklist; identity codes are masked and the filing is audited", async () => {
    const filed = await ville.support.suggestions.file({
      ...idea,
      description: `${idea.description} Esimerkiksi asiakkaan 010101-123N laskut.`,
    });
    expect(filed.number).toBeGreaterThanOrEqual(100001);
    expect(filed.missing).toEqual([{ item: "attachment", code: "SUGGESTION_ATTACHMENT_MISSING" }]);
    const [row] = await h.deps.db.select().from(supportSuggestions).where(eq(supportSuggestions.id, filed.id));
    expect(row).toMatchObject({
      status: "new",
      reviewMonth: "2026-11",
      organizationId: h.demo.organizationIds.virtanen,
      submittedBy: userId("ville.virtanen@demo.reskontra.fi"),
      onBehalfOfUserId: null,
      voteCount: 0,
    });
    expect(row?.description).toContain("******-****");
    expect(row?.description).not.toContain("010101-123N");
    const audit = await h.deps.db.select().from(auditLog).where(eq(auditLog.entityId, filed.id));
    expect(audit.map((a) => a.action)).toEqual(["support.suggestion.filed"]);
  });

  it("an attachment is stored by its real type and shown only to those who may see who filed it", async () => {
    const filed = await ville.support.suggestions.file({ ...idea, attachment: { fileName: "kuva.png", contentBase64: PNG } });
    expect(filed.missing).toEqual([]);
    const [file] = await h.deps.db.select().from(supportAttachments).where(eq(supportAttachments.suggestionId, filed.id));
    expect(file).toMatchObject({ contentType: "image/png", fileName: "kuva.png", ticketId: null });
    const own = await ville.support.suggestions.get({ suggestionId: filed.id });
    expect(own.attachments).toHaveLength(1);
    expect((await admin.support.suggestions.attachment({ attachmentId: file?.id ?? "" })).contentBase64).toBe(PNG);
    const other = await aino.support.suggestions.get({ suggestionId: filed.id });
    expect(other.attachments).toEqual([]);
    await expectRefusal(aino.support.suggestions.attachment({ attachmentId: file?.id ?? "" }), "NOT_FOUND", "NOT_FOUND");
  });

  it("another organization sees the suggestion and its status but not who filed it; the own company admin and staff do", async () => {
    const { id } = await ville.support.suggestions.file(idea);
    const seen = await aino.support.suggestions.get({ suggestionId: id });
    expect(seen).toMatchObject({ title: idea.title, status: "new", requester: null, mine: false, canVote: true });
    const listed = (await aino.support.suggestions.list({})).find((s) => s.id === id);
    expect(listed?.requester).toBeNull();
    expect(JSON.stringify(await aino.support.suggestions.list({}))).not.toContain("Ville");
    expect(JSON.stringify(await aino.support.suggestions.history({ suggestionId: id }))).not.toContain("Ville");
    expect((await admin.support.suggestions.get({ suggestionId: id })).requester).toEqual({
      name: "Ville Virtanen",
      organizationName: "Kotipalvelu Virtanen",
      filedByAgentName: null,
    });
    expect((await product.support.suggestions.get({ suggestionId: id })).requester?.name).toBe("Ville Virtanen");
    expect((await ville.support.suggestions.get({ suggestionId: id })).mine).toBe(true);
  });

  it("votes once per person, idempotently, never for one's own, and can take the vote back", async () => {
    const { id } = await ville.support.suggestions.file(idea);
    await expectRefusal(ville.support.suggestions.vote({ suggestionId: id }), "BAD_REQUEST", "SUGGESTION_VOTE_OWN");
    expect(await aino.support.suggestions.vote({ suggestionId: id })).toEqual({ voted: true, voteCount: 1 });
    expect(await aino.support.suggestions.vote({ suggestionId: id })).toEqual({ voted: true, voteCount: 1 });
    await Promise.all([
      admin.support.suggestions.vote({ suggestionId: id }),
      admin.support.suggestions.vote({ suggestionId: id }),
    ]);
    const votes = await h.deps.db.select().from(supportSuggestionVotes).where(eq(supportSuggestionVotes.suggestionId, id));
    expect(votes).toHaveLength(2);
    expect(await aino.support.suggestions.get({ suggestionId: id })).toMatchObject({ voteCount: 2, votedByMe: true });
    expect(await aino.support.suggestions.unvote({ suggestionId: id })).toEqual({ voted: false, voteCount: 1 });
    expect(await aino.support.suggestions.unvote({ suggestionId: id })).toEqual({ voted: false, voteCount: 1 });
    const audit = await h.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, "support.suggestion.voted")));
    expect(audit).toHaveLength(2);
  });

  it("an agent files on a customer's behalf, but cannot decide its status; the customer cannot vote for it", async () => {
    const filed = await agent.support.suggestions.file({ ...idea, onBehalfOf: { email: "Aino.Aalto@demo.reskontra.fi" } });
    const [row] = await h.deps.db.select().from(supportSuggestions).where(eq(supportSuggestions.id, filed.id));
    expect(row).toMatchObject({
      submittedBy: userId("agentti@demo.reskontra.fi"),
      onBehalfOfUserId: userId("aino.aalto@demo.reskontra.fi"),
      organizationId: h.demo.organizationIds.aalto,
    });
    expect((await aino.support.suggestions.get({ suggestionId: filed.id })).requester).toEqual({
      name: "Aino Aalto",
      organizationName: "Aalto Design",
      filedByAgentName: "Anna Asiakaspalvelu",
    });
    await expectRefusal(aino.support.suggestions.vote({ suggestionId: filed.id }), "BAD_REQUEST", "SUGGESTION_VOTE_OWN");
    await expectRefusal(
      agent.support.suggestions.changeStatus({ suggestionId: filed.id, status: "planned", reason: "Hyvä idea" }),
      "FORBIDDEN",
      "SUGGESTION_DECISION_FORBIDDEN",
    );
    await expectRefusal(agent.support.suggestions.board({ month: "2026-11" }), "FORBIDDEN", "ROLE_FORBIDDEN");
    await expectRefusal(
      ville.support.suggestions.merge({ suggestionId: filed.id, targetId: filed.id }),
      "FORBIDDEN",
      "SUGGESTION_DECISION_FORBIDDEN",
    );
    const refusal = await expectRefusal(
      ville.support.suggestions.file({ ...idea, onBehalfOf: { email: "aino.aalto@demo.reskontra.fi" } }),
      "FORBIDDEN",
      "SUGGESTION_ON_BEHALF_AGENTS_ONLY",
    );
    expect(refusal.data.field).toBe("onBehalfOf.email");
    const unknown = await expectRefusal(
      agent.support.suggestions.file({ ...idea, onBehalfOf: { email: "ei.ole@example.fi" } }),
      "BAD_REQUEST",
      "SUGGESTION_CUSTOMER_NOT_FOUND",
    );
    expect(unknown.message).toContain("sähköpostiosoitteella");
    await expectRefusal(
      agent.support.suggestions.file({
        ...idea,
        onBehalfOf: { email: "aino.aalto@demo.reskontra.fi", organizationId: h.demo.organizationIds.virtanen },
      }),
      "BAD_REQUEST",
      "SUGGESTION_CUSTOMER_ORGANIZATION",
    );
  });

  it("the product team moves a suggestion along the board with reasons, and its history tells it", async () => {
    const { id } = await ville.support.suggestions.file(idea);
    const board = await product.support.suggestions.board({ month: "2026-11" });
    expect(board.items.find((s) => s.id === id)?.allowedMoves).toEqual(["under_review", "planned", "declined"]);
    await product.support.suggestions.changeStatus({ suggestionId: id, status: "under_review", reason: "Marraskuun katselmus" });
    const planned = await product.support.suggestions.changeStatus({
      suggestionId: id,
      status: "planned",
      reason: "Tulee tammikuun versioon",
      reviewMonth: "2026-12",
    });
    expect(planned).toEqual({ id, status: "planned", reviewMonth: "2026-12" });
    expect((await product.support.suggestions.board({ month: "2026-12" })).items.map((s) => s.id)).toContain(id);
    expect(await aino.support.suggestions.get({ suggestionId: id })).toMatchObject({
      status: "planned",
      decisionNote: "Tulee tammikuun versioon",
    });
    await product.support.suggestions.changeStatus({ suggestionId: id, status: "done", reason: "Julkaistu" });
    await expectRefusal(
      product.support.suggestions.changeStatus({ suggestionId: id, status: "planned", reason: "Takaisin" }),
      "CONFLICT",
      "SUGGESTION_MOVE_NOT_ALLOWED",
    );
    await expectRefusal(aino.support.suggestions.vote({ suggestionId: id }), "CONFLICT", "SUGGESTION_VOTE_CLOSED");
    const history = await product.support.suggestions.history({ suggestionId: id });
    expect(history.map((e) => [e.action, e.fromStatus, e.toStatus, e.reason])).toEqual([
      ["filed", null, "new", null],
      ["status_changed", "new", "under_review", "Marraskuun katselmus"],
      ["status_changed", "under_review", "planned", "Tulee tammikuun versioon"],
      ["status_changed", "planned", "done", "Julkaistu"],
    ]);
    expect(history[1]?.actorName).toBe("Tiina Tuotekehitys");
    expect((await aino.support.suggestions.history({ suggestionId: id }))[1]?.actorName).toBeNull();
    const months = await product.support.suggestions.months();
    expect(months.current).toBe("2026-11");
    expect(months.months.map((m) => m.month)).toEqual(expect.arrayContaining(["2026-11", "2026-12"]));
  });

  it("merging a duplicate moves its votes and its author to the target, each person once, never the target's author", async () => {
    const original = await ville.support.suggestions.file(idea);
    const duplicate = await aino.support.suggestions.file({ ...idea, title: "Erääntyvät tänään -suodatin" });
    await admin.support.suggestions.vote({ suggestionId: original.id });
    await admin.support.suggestions.vote({ suggestionId: duplicate.id });
    await agent.support.suggestions.vote({ suggestionId: duplicate.id });
    await ville.support.suggestions.vote({ suggestionId: duplicate.id });
    const merged = await product.support.suggestions.merge({
      suggestionId: duplicate.id,
      targetId: original.id,
      reason: "Sama asia",
    });
    // admin (both, counted once) + agent + aino (the duplicate's author); ville wrote the target.
    expect(merged).toEqual({ id: original.id, voteCount: 3 });
    const votes = await h.deps.db
      .select({ userId: supportSuggestionVotes.userId })
      .from(supportSuggestionVotes)
      .where(eq(supportSuggestionVotes.suggestionId, original.id));
    expect(votes.map((v) => v.userId).sort()).toEqual(
      [
        userId("paakayttaja@demo.reskontra.fi"),
        userId("agentti@demo.reskontra.fi"),
        userId("aino.aalto@demo.reskontra.fi"),
      ].sort(),
    );
    const dup = await product.support.suggestions.get({ suggestionId: duplicate.id });
    expect(dup).toMatchObject({
      stage: "merged",
      status: "declined",
      voteCount: 0,
      mergedInto: { id: original.id, number: original.number },
      allowedMoves: [],
    });
    await expectRefusal(admin.support.suggestions.vote({ suggestionId: duplicate.id }), "CONFLICT", "SUGGESTION_VOTE_MERGED");
    await expectRefusal(
      product.support.suggestions.merge({ suggestionId: duplicate.id, targetId: original.id }),
      "CONFLICT",
      "SUGGESTION_ALREADY_MERGED",
    );
    await expectRefusal(
      product.support.suggestions.merge({ suggestionId: original.id, targetId: duplicate.id }),
      "BAD_REQUEST",
      "SUGGESTION_MERGE_TARGET_MERGED",
    );
    const self = await expectRefusal(
      product.support.suggestions.merge({ suggestionId: original.id, targetId: original.id }),
      "BAD_REQUEST",
      "SUGGESTION_MERGE_SELF",
    );
    expect(self.data.field).toBe("targetId");
    const history = await product.support.suggestions.history({ suggestionId: original.id });
    expect(history.at(-1)).toMatchObject({ action: "duplicate_received", duplicateNumber: duplicate.number, voteCount: 3 });
    expect((await product.support.suggestions.list({ status: "merged" })).map((s) => s.id)).toContain(duplicate.id);
  });

  it("the demo's November suggestions (seeded once) are on November's board; December's board carries over only the undecided ones", async () => {
    const november = await product.support.suggestions.board({ month: "2026-11" });
    const seeded = november.items.filter((s) => s.number < 100001);
    expect(seeded.map((s) => [s.number, s.stage, s.voteCount])).toEqual([
      [1001, "planned", 2],
      [1002, "under_review", 1],
      [1003, "new", 0],
    ]);
    await seedDemoSuggestions(h.deps.db, h.demo);
    const again = await product.support.suggestions.board({ month: "2026-11" });
    expect(again.items.filter((s) => s.number < 100001).map((s) => s.voteCount)).toEqual([2, 1, 0]);
    h.now.value = new Date("2026-12-02T08:00:00Z");
    try {
      const december = await product.support.suggestions.board({ month: "2026-12" });
      const carried = december.items.filter((s) => s.number < 100001).map((s) => s.number);
      expect(carried).toEqual([1002, 1003]);
      // Merged on December's board, the duplicate stays on it (as merged) instead of vanishing with November.
      const [ideaId, duplicateId] = [1002, 1003].map((n) => december.items.find((s) => s.number === n)?.id ?? "");
      await product.support.suggestions.merge({
        suggestionId: duplicateId ?? "",
        targetId: ideaId ?? "",
        reviewMonth: "2026-12",
      });
      const after = (await product.support.suggestions.board({ month: "2026-12" })).items;
      expect(after.find((s) => s.number === 1003)).toMatchObject({ stage: "merged", reviewMonth: "2026-12" });
      expect(after.find((s) => s.number === 1002)?.voteCount).toBe(2);
      expect((await product.support.suggestions.board({ month: "2026-11" })).items.map((s) => s.number)).toContain(1001);
      const future = await product.support.suggestions.board({ month: "2027-01" });
      expect(future.items).toEqual([]);
    } finally {
      h.now.value = new Date("2026-11-23T08:00:00Z");
    }
  });

  it("refuses bad input naming the field, in the caller's language", async () => {
    const short = await expectRefusal(
      ville.support.suggestions.file({ ...idea, benefit: "   " }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(short.data.field).toBe("benefit");
    const noReason = await expectRefusal(
      product.support.suggestions.changeStatus({
        suggestionId: "00000000-0000-4000-8000-000000000000",
        status: "planned",
        reason: "",
      }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(noReason.data.field).toBe("reason");
    const month = await expectRefusal(product.support.suggestions.board({ month: "2026-13" }), "BAD_REQUEST", "INPUT_INVALID");
    expect(month.data.field).toBe("month");
    expect(month.message).toContain("VVVV-KK");
    const english = await expectRefusal(
      product.support.suggestions.board({ month: "marraskuu" }),
      "BAD_REQUEST",
      "INPUT_INVALID",
      "en",
    );
    expect(english.message).toContain("YYYY-MM");
    const html = Buffer.from("<html><script>alert(1)</script></html>").toString("base64");
    const attachment = await expectRefusal(
      ville.support.suggestions.file({ ...idea, attachment: { fileName: "kuva.png", contentBase64: html } }),
      "BAD_REQUEST",
      "SUGGESTION_ATTACHMENT_TYPE",
    );
    expect(attachment.data.field).toBe("attachment");
    await expectRefusal(
      ville.support.suggestions.file({ ...idea, organizationId: h.demo.organizationIds.aalto }),
      "FORBIDDEN",
      "TENANT_FORBIDDEN",
    );
    await expectRefusal(
      aino.support.suggestions.vote({ suggestionId: "00000000-0000-4000-8000-000000000000" }),
      "NOT_FOUND",
      "SUGGESTION_NOT_FOUND",
    );
    const notUuid = await expectRefusal(aino.support.suggestions.vote({ suggestionId: "123" }), "BAD_REQUEST", "INPUT_INVALID");
    expect(notUuid.message).not.toMatch(/uuid/i);
    await expectRefusal(h.anonymous().support.suggestions.list({}), "UNAUTHORIZED", "AUTH_REQUIRED");
  });
});
